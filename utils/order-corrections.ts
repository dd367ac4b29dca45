import type { Order } from './schemas/order';
import type { CorrectableField, Correction } from './schemas/correction';

export function readField(order: Order, field: CorrectableField): string | number | undefined {
  switch (field) {
    case 'total':
      return order.amounts.total?.amount;
    case 'carrier':
      return order.shipments[0]?.carrier;
    case 'trackingNumber':
      return order.shipments[0]?.trackingNumber;
    case 'deliveredAt':
      return order.shipments[0]?.deliveredAt;
    default:
      return order[field];
  }
}

function writeField(order: Order, field: CorrectableField, value: string | number | null): Order {
  const text = value === null ? undefined : String(value);
  const firstShipment = (patch: Partial<Order['shipments'][number]>) => {
    const [first = {}, ...rest] = order.shipments;
    return { ...order, shipments: [{ ...first, ...patch }, ...rest] };
  };
  switch (field) {
    case 'total': {
      const currency = order.amounts.total?.currency ?? order.items.find((i) => i.unitPrice)?.unitPrice?.currency;
      const amounts = { ...order.amounts };
      delete amounts.total;
      return typeof value === 'number' && currency
        ? { ...order, amounts: { ...amounts, total: { amount: value, currency } } }
        : { ...order, amounts };
    }
    case 'carrier':
      return firstShipment({ carrier: text });
    case 'trackingNumber':
      return firstShipment({ trackingNumber: text });
    case 'deliveredAt':
      return firstShipment({ deliveredAt: text });
    default:
      return { ...order, [field]: text };
  }
}

/** The order as the user corrected it: the original extraction is never changed, only read through. */
export function applyCorrections(order: Order, corrections: readonly Correction[] | undefined): Order {
  return (corrections ?? []).reduce((o, c) => writeField(o, c.field, c.value), order);
}
