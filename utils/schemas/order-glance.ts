import { z } from 'zod';
import { isoDateSchema, moneySchema, type Order } from './order';

/** The few facts that tell one order from another in a list: the item, seller, date and amount. */
export const orderGlanceSchema = z.object({
  orderId: z.string().min(1),
  item: z.string().max(300).optional(),
  /** Further items in the same order, beyond the one named. */
  moreItems: z.number().int().nonnegative().optional(),
  seller: z.string().max(200).optional(),
  placedAt: isoDateSchema.optional(),
  total: moneySchema.optional(),
});
export type OrderGlance = z.infer<typeof orderGlanceSchema>;

export function orderGlance(order: Order & { orderId: string }): OrderGlance {
  const titles = order.items.map((i) => i.title).filter((x): x is string => Boolean(x));
  const seller = order.seller ?? order.items.find((i) => i.seller)?.seller;
  return {
    orderId: order.orderId,
    ...(titles[0] ? { item: titles[0].slice(0, 300) } : {}),
    ...(titles.length > 1 ? { moreItems: titles.length - 1 } : {}),
    ...(seller ? { seller: seller.slice(0, 200) } : {}),
    ...(order.placedAt ? { placedAt: order.placedAt } : {}),
    ...(order.amounts.total ? { total: order.amounts.total } : {}),
  };
}
