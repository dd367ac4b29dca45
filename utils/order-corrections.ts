import { z } from 'zod';
import type { Order } from './schemas/order';

/** The order facts a user can correct, and how each is read and written. */
export const CORRECTABLE_FIELDS = ['orderId', 'placedAt', 'status', 'seller', 'paymentMethod', 'total', 'carrier', 'trackingNumber', 'deliveredAt'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

const DATE_FIELDS: readonly CorrectableField[] = ['placedAt', 'deliveredAt'];

export const correctionSchema = z
  .object({
    field: z.enum(CORRECTABLE_FIELDS),
    /** The user's value; null clears a field the page got wrong. */
    value: z.union([z.string().trim().min(1).max(500), z.number().finite(), z.null()]),
    at: z.number().int().nonnegative(),
  })
  .refine((c) => c.value === null || (c.field === 'total' ? typeof c.value === 'number' && c.value >= 0 : typeof c.value === 'string'), {
    message: 'a total is a number, every other field is text',
  })
  .refine((c) => !DATE_FIELDS.includes(c.field) || c.value === null || /^\d{4}-\d{2}-\d{2}$/.test(String(c.value)), {
    message: 'a date is written YYYY-MM-DD',
  });
export type Correction = z.infer<typeof correctionSchema>;

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
      return typeof value === 'number' && currency ? { ...order, amounts: { ...amounts, total: { amount: value, currency } } } : { ...order, amounts };
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
