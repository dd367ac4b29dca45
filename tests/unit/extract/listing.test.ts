import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import {
  extractListing,
  listingProbeSchema,
  probeListing,
  probeSelectors,
  readListing,
  type ListingProbe,
} from '../../../utils/marketplaces/listing';
import { amazon } from '../../../utils/marketplaces/amazon/index';
import { listingSchema } from '../../../utils/schemas/listing';
import { docFromHtml } from '../../support/dom';
import { ownDir, repoRoot } from '../../support/fixtures';

const fixture = (name: string) => readFileSync(path.join(ownDir, 'listings', name), 'utf8');
const emptyProbe = (over: Partial<ListingProbe> = {}): ListingProbe => ({
  url: 'https://shop.example/p/1',
  jsonLd: [],
  meta: {},
  adapter: {},
  generic: {},
  ...over,
});

describe('Amazon product page', () => {
  const url = 'https://www.amazon.com/Trailhead-Steel-Bottle/dp/B0TESTBOT1/ref=sr_1_1';
  const doc = docFromHtml(fixture('amazon-dp.html'), url);

  it('is recognised as a listing', () => {
    expect(amazon.detect(new URL(url), doc).kind).toBe('listing');
  });

  it("reads the buy box's facts with Amazon's own selectors", () => {
    const listing = extractListing(new URL(url), doc);
    expect(listing).toMatchObject({
      marketplace: 'amazon',
      site: 'www.amazon.com',
      itemId: 'B0TESTBOT1',
      title: 'Trailhead Steel Water Bottle 750 ml, Moss Green',
      price: { amount: 24.99, currency: 'USD' },
      seller: 'Trailhead Gear Co',
      variant: 'Moss Green / 750 ml',
      delivery: 'FREE delivery Tuesday, March 4',
      returnPolicy: '30-day refund/replacement',
      description: 'Double-wall vacuum insulation keeps drinks cold for 24 hours.\nLeak-proof lid with a carry loop.',
      confidence: 'adapter',
    });
    expect(listing?.provenance.price).toContain('priceToPay');
    expect(listingSchema.safeParse(listing).success).toBe(true);
  });

  it('comes with the page through extractPage', () => {
    expect(extractPage(new URL(url), doc).listing?.itemId).toBe('B0TESTBOT1');
  });

  it('reads a British page in pounds and takes the ASIN from the URL when the page lacks it', () => {
    const uk = 'https://www.amazon.co.uk/dp/B0TESTBOT2';
    const d = docFromHtml(
      fixture('amazon-dp.html')
        .replace(/<input[^>]*id="ASIN"[^>]*>/, '')
        .replace(/\$/g, '£'),
      uk,
    );
    const listing = extractListing(new URL(uk), d);
    expect(listing?.price).toEqual({ amount: 24.99, currency: 'GBP' });
    expect(listing?.itemId).toBe('B0TESTBOT2');
    expect(listing?.provenance.itemId).toBe('URL');
  });
});

describe('the generic reader', () => {
  it('prefers JSON-LD Product/Offer over OpenGraph, and survives a broken block', () => {
    const url = 'https://woodshop.example/tray';
    const listing = extractListing(new URL(url), docFromHtml(fixture('generic-jsonld.html'), url));
    expect(listing).toMatchObject({
      marketplace: 'generic',
      title: 'Walnut desk tray',
      itemId: 'WT-02',
      price: { amount: 38.5, currency: 'EUR' },
      seller: 'Example Woodshop',
      description: 'Solid walnut, oiled finish.',
      confidence: 'generic',
    });
    expect(listing?.provenance.price).toMatch(/JSON-LD/);
  });

  it('falls back to OpenGraph product tags', () => {
    const url = 'https://woodshop.example/tray';
    const html = fixture('generic-jsonld.html').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
    const listing = extractListing(new URL(url), docFromHtml(html, url));
    expect(listing).toMatchObject({
      title: 'Walnut desk tray (og)',
      price: { amount: 40, currency: 'EUR' },
      description: 'A tray from the og tag.',
    });
    expect(listing?.seller).toBeUndefined();
  });

  it('reads schema.org microdata, paragraphs on their own lines', () => {
    const url = 'https://napkins.example/ln-6';
    const listing = extractListing(new URL(url), docFromHtml(fixture('generic-microdata.html'), url));
    expect(listing).toMatchObject({
      title: 'Linen napkins, set of 6',
      itemId: 'LN-6',
      price: { amount: 29, currency: 'GBP' },
      description: 'Stone-washed linen.\n45 x 45 cm.',
    });
  });

  it('finds nothing on a page without product data', () => {
    const url = 'https://blog.example/post';
    expect(
      extractListing(
        new URL(url),
        docFromHtml('<html><head><title>A post</title></head><body><h1>Hello</h1><p>$5</p></body></html>', url),
      ),
    ).toBeUndefined();
  });
});

describe('absent, never guessed', () => {
  const ctx = { marketplace: 'generic', currency: 'USD' };
  const product = (offers: unknown) => JSON.stringify({ '@type': 'Product', name: 'Mug', offers });

  it('leaves out an AggregateOffer range', () => {
    const l = readListing(
      emptyProbe({
        jsonLd: [product({ '@type': 'AggregateOffer', lowPrice: '5', highPrice: '9', priceCurrency: 'USD' })],
      }),
      ctx,
    );
    expect(l?.title).toBe('Mug');
    expect(l?.price).toBeUndefined();
  });

  it('leaves out the price when several offers disagree', () => {
    const offers = [
      { '@type': 'Offer', price: '5', priceCurrency: 'USD' },
      { '@type': 'Offer', price: '7', priceCurrency: 'USD' },
    ];
    expect(readListing(emptyProbe({ jsonLd: [product(offers)] }), ctx)?.price).toBeUndefined();
  });

  it('leaves out a JSON-LD price without a currency instead of assuming the site one', () => {
    expect(
      readListing(emptyProbe({ jsonLd: [product({ '@type': 'Offer', price: '5' })] }), ctx)?.price,
    ).toBeUndefined();
  });

  it('takes no title when two different products are on the page', () => {
    const l = readListing(
      emptyProbe({
        jsonLd: [
          JSON.stringify([
            { '@type': 'Product', name: 'A' },
            { '@type': 'Product', name: 'B' },
          ]),
        ],
      }),
      ctx,
    );
    expect(l).toBeUndefined();
  });

  it('leaves out a bare microdata number without its currency', () => {
    const l = readListing(
      emptyProbe({ generic: { title: { sel: 'x', text: 'Mug' }, price: { sel: 'y', text: '12.00' } } }),
      ctx,
    );
    expect(l?.title).toBe('Mug');
    expect(l?.price).toBeUndefined();
  });

  it("lets the adapter's selectors win over page-wide metadata", () => {
    const l = readListing(
      emptyProbe({
        adapter: { price: { sel: '#p', text: '$9.99' } },
        meta: { 'product:price:amount': '12', 'product:price:currency': 'USD' },
      }),
      ctx,
    );
    expect(l?.price).toEqual({ amount: 9.99, currency: 'USD' });
    expect(l?.confidence).toBe('adapter');
  });
});

describe('the in-page probe', () => {
  it('reads the text under the adapter selectors on a product page', () => {
    const url = 'https://www.amazon.com/dp/B0TESTBOT1';
    const probe = probeListing(probeSelectors(amazon.listing), docFromHtml(fixture('amazon-dp.html'), url));
    expect(listingProbeSchema.parse(probe).adapter.title?.text).toBe('Trailhead Steel Water Bottle 750 ml, Moss Green');
  });

  it('skips a selector the page engine rejects and goes on', () => {
    const doc = docFromHtml('<h1 class="t">Mug</h1>');
    const probe = probeListing({ adapter: { title: ['::bogus((', '.t'] }, generic: {} }, doc);
    expect(probe.adapter.title).toEqual({ sel: '.t', text: 'Mug' });
  });
});

describe('the demo shop product page', () => {
  it('reads every fact with the demo adapter', () => {
    const url = 'https://demo-shop.orderproof.test/item/QH-MUG-350-BL.html';
    const html = readFileSync(path.join(repoRoot, 'tests/demo-shop/site/item/QH-MUG-350-BL.html'), 'utf8');
    const page = extractPage(new URL(url), docFromHtml(html, url));
    expect(page.kind).toBe('listing');
    expect(page.listing).toMatchObject({
      marketplace: 'demo-shop',
      itemId: 'QH-MUG-350-BL',
      price: { amount: 89, currency: 'CNY' },
      seller: '青禾家居旗舰店 Qinghe Home Flagship',
      variant: '雾蓝 Mist blue',
      confidence: 'adapter',
    });
    expect(page.listing?.description?.split('\n')).toHaveLength(3);
    expect(page.listing?.returnPolicy).toContain('7 天');
    expect(page.listing?.delivery).toContain('3 days');
  });

  it("links the order page's mug row to the listing", () => {
    const url = 'https://demo-shop.orderproof.test/orders/DS-20261104-0001.html';
    const html = readFileSync(path.join(repoRoot, 'tests/demo-shop/site/orders/DS-20261104-0001.html'), 'utf8');
    const order = extractPage(new URL(url), docFromHtml(html, url)).orders[0];
    expect(order?.items[0]).toMatchObject({ itemId: 'QH-MUG-350-BL', url: '/item/QH-MUG-350-BL.html' });
    expect(order?.items[1]?.url).toBeUndefined();
  });
});
