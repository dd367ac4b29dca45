import { z } from 'zod';

/** ISO 4217 code, upper case (CNY, USD, GBP, ...). */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/);

export const moneySchema = z.object({
  amount: z.number().finite(),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

/** A calendar date (YYYY-MM-DD) or a full ISO date-time, exactly as precise as the page is. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/);

export const orderItemSchema = z.object({
  title: z.string().min(1).optional(),
  quantity: z.number().int().positive().optional(),
  unitPrice: moneySchema.optional(),
  /** Marketplace item id: ASIN, SKU, offer id, ... */
  itemId: z.string().min(1).optional(),
  seller: z.string().min(1).optional(),
  url: z.string().optional(),
  returnBy: isoDateSchema.optional(),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const shipmentSchema = z.object({
  carrier: z.string().min(1).optional(),
  trackingNumber: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
  deliveredAt: isoDateSchema.optional(),
  estimatedDelivery: isoDateSchema.optional(),
  /** Titles of the items in this shipment, as the page groups them. */
  itemTitles: z.array(z.string()).optional(),
});
export type Shipment = z.infer<typeof shipmentSchema>;

export const amountsSchema = z.object({
  subtotal: moneySchema.optional(),
  shipping: moneySchema.optional(),
  tax: moneySchema.optional(),
  discount: moneySchema.optional(),
  total: moneySchema.optional(),
  refund: moneySchema.optional(),
});

/** One tax line as printed ("Estimated GST/HST", "Estimated PST/RST/QST"); `amounts.tax` is their sum. */
export const taxLineSchema = z.object({ label: z.string().min(1), amount: moneySchema });
export type TaxLine = z.infer<typeof taxLineSchema>;

/** What was bought, when the page says so: it changes which labels, dates and deadlines apply. */
export const orderTypeSchema = z.enum(['physical', 'digital', 'subscription', 'gift-card', 'service']);

/**
 * One order as read from a page. Every field is optional on purpose: a field the adapter
 * cannot read is absent, never guessed. `provenance` says where each present field came from
 * (a selector, the URL, a label), keyed by field path such as `orderId` or `items.0.title`.
 */
export const orderSchema = z.object({
  marketplace: z.string().min(1),
  site: z.string().optional(),
  orderId: z.string().min(1).optional(),
  placedAt: isoDateSchema.optional(),
  /** The order's state as the page prints it ("Storniert", "This order has been cancelled."). */
  status: z.string().min(1).optional(),
  /** Set only when the page says the order was cancelled. */
  cancelled: z.boolean().optional(),
  orderType: orderTypeSchema.optional(),
  items: z.array(orderItemSchema),
  amounts: amountsSchema,
  /** Present when the page prints tax in more than one line; their sum is `amounts.tax`. */
  taxLines: z.array(taxLineSchema).optional(),
  paymentMethod: z.string().min(1).optional(),
  seller: z.string().min(1).optional(),
  shipments: z.array(shipmentSchema),
  returnBy: isoDateSchema.optional(),
  /** Whether the page shows a delivery address; the address itself only if the user opted in. */
  addressShown: z.boolean().optional(),
  recipient: z.string().min(1).optional(),
  address: z.string().min(1).optional(),
  provenance: z.record(z.string(), z.string()),
  /** 'adapter': read by a marketplace adapter; 'generic': found by label heuristics, for the user to confirm. */
  confidence: z.enum(['adapter', 'generic']),
  /** Parts the adapter expected and did not find: the page has probably changed. */
  missing: z.array(z.string()).optional(),
});
export type Order = z.infer<typeof orderSchema>;
