import { sumProves } from '../../extract/blocks';
import type { Order } from '../../schemas/order';

/**
 * eBay's order page prints one price per item card (`.item-price`), which the public order scrapers keep
 * as the item's total, beside "Quantity 2". With one piece it is the unit price either way; with more it
 * may be the line's total. It is kept as the unit price only when the order's own amounts prove it:
 * quantity × price adds up to one of its amounts (`sumProves`, as the generic reader asks it) and the prices
 * alone do not. Otherwise the unit price of those lines is unknown, never a line total taken as one piece's
 * price.
 */
export function provenUnitPrices(order: Order): Order {
  const several = order.items.some((i) => (i.quantity ?? 1) > 1 && i.unitPrice);
  if (!several) return order;
  const lines = order.items.map((i) => ({ price: i.unitPrice, quantity: i.quantity }));
  const asUnits = lines.every((l) => l.price) && sumProves(lines, order.amounts);
  const asLines = sumProves(
    lines.map((l) => ({ price: l.price })),
    order.amounts,
  );
  if (asUnits && !asLines) return order;
  const dropped = new Set<string>();
  const items = order.items.map((item, i) => {
    if ((item.quantity ?? 1) <= 1 || !item.unitPrice) return item;
    const rest = { ...item };
    delete rest.unitPrice;
    dropped.add(`items.${i}.unitPrice`);
    return rest;
  });
  const provenance = Object.fromEntries(Object.entries(order.provenance).filter(([key]) => !dropped.has(key)));
  return { ...order, items, provenance };
}
