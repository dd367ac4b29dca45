import { z } from 'zod';
import { moneySchema } from './order';

/** Long texts (description, return policy) are kept whole up to this many characters. */
export const LISTING_TEXT_MAX = 20_000;

/**
 * A product page's facts as the seller published them when the shopper looked: what was promised
 * before the purchase. Every fact is optional: one the reader cannot find is absent, never guessed.
 * `provenance` names where each present fact came from (JSON-LD, a meta tag, a selector).
 */
export const listingSchema = z.object({
  marketplace: z.string().min(1),
  site: z.string().optional(),
  url: z.string().min(1),
  /** The marketplace's id for the product: ASIN, offer id, SKU. */
  itemId: z.string().min(1).max(200).optional(),
  title: z.string().min(1).max(2000).optional(),
  price: moneySchema.optional(),
  seller: z.string().min(1).max(500).optional(),
  /** The chosen variant as the page prints it (colour, size, style). */
  variant: z.string().min(1).max(1000).optional(),
  /** The delivery promise as printed ("FREE delivery Tuesday, March 4"). */
  delivery: z.string().min(1).max(2000).optional(),
  returnPolicy: z.string().min(1).max(LISTING_TEXT_MAX).optional(),
  description: z.string().min(1).max(LISTING_TEXT_MAX).optional(),
  provenance: z.record(z.string(), z.string()),
  /** 'adapter': the marketplace's own selectors found facts; 'generic': only page-wide metadata did. */
  confidence: z.enum(['adapter', 'generic']),
});
export type Listing = z.infer<typeof listingSchema>;

/** The facts a re-capture compares, in the order they are shown. */
export const LISTING_FACTS = [
  'title',
  'price',
  'seller',
  'variant',
  'delivery',
  'returnPolicy',
  'description',
] as const;
export type ListingFact = (typeof LISTING_FACTS)[number];
