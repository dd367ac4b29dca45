import { describe, expect, it } from 'vitest';
import { diffListings, listingMatchesItem, normaliseUrl, sameListing } from '../../../utils/extract/listing-diff';
import type { Listing } from '../../../utils/schemas/listing';

const base: Listing = {
  marketplace: 'amazon',
  url: 'https://www.amazon.com/dp/B0TESTBOT1',
  itemId: 'B0TESTBOT1',
  title: 'Trailhead bottle',
  price: { amount: 24.99, currency: 'USD' },
  seller: 'Trailhead Gear Co',
  delivery: 'FREE delivery Tuesday, March 4',
  description: 'Keeps drinks cold for 24 hours.',
  provenance: {},
  confidence: 'adapter',
};

describe('diffListings', () => {
  it('reports nothing for the same facts, whitespace aside', () => {
    expect(diffListings(base, { ...base, description: '  Keeps drinks   cold for 24 hours. ' })).toEqual([]);
  });

  it('reports changed, added and removed facts in a fixed order', () => {
    const later: Listing = {
      ...base,
      price: { amount: 29.99, currency: 'USD' },
      seller: 'Other Seller',
      returnPolicy: 'Non-returnable',
    };
    delete later.delivery;
    expect(diffListings(base, later)).toEqual([
      { field: 'price', kind: 'changed', before: '24.99 USD', after: '29.99 USD' },
      { field: 'seller', kind: 'changed', before: 'Trailhead Gear Co', after: 'Other Seller' },
      { field: 'delivery', kind: 'removed', before: 'FREE delivery Tuesday, March 4' },
      { field: 'returnPolicy', kind: 'added', after: 'Non-returnable' },
    ]);
  });

  it('counts a currency change as a price change', () => {
    expect(diffListings(base, { ...base, price: { amount: 24.99, currency: 'CAD' } }).map((c) => c.field)).toEqual([
      'price',
    ]);
  });
});

describe('matching', () => {
  it('treats tracking parameters and slugs as the same page', () => {
    expect(normaliseUrl('https://www.amazon.com/dp/B0TESTBOT1/ref=sr_1_1?th=1#x')).toBe(
      normaliseUrl('https://www.amazon.com/dp/B0TESTBOT1'),
    );
  });

  it('matches by item id first, then by address', () => {
    expect(sameListing(base, { ...base, url: 'https://www.amazon.com/Other/dp/B0TESTBOT1' })).toBe(true);
    expect(sameListing(base, { ...base, itemId: 'B0TESTBOT9' })).toBe(false);
    const noId = { ...base };
    delete noId.itemId;
    expect(sameListing(noId, { ...noId, url: `${base.url}?ref_=x` })).toBe(true);
    expect(sameListing(base, { ...base, marketplace: 'ebay' })).toBe(false);
  });

  it('links an order item by id, else by title, and never by nothing', () => {
    expect(listingMatchesItem(base, { itemId: 'B0TESTBOT1', title: 'different words' })).toBe(true);
    expect(listingMatchesItem(base, { itemId: 'B0TESTBOT9', title: 'Trailhead bottle' })).toBe(false);
    expect(listingMatchesItem(base, { title: 'Trailhead  bottle' })).toBe(true);
    expect(listingMatchesItem(base, {})).toBe(false);
  });
});
