import { z } from 'zod';

/** The order facts a user can correct, and how each is read and written. */
export const CORRECTABLE_FIELDS = [
  'orderId',
  'placedAt',
  'status',
  'seller',
  'paymentMethod',
  'total',
  'carrier',
  'trackingNumber',
  'deliveredAt',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

const DATE_FIELDS: readonly CorrectableField[] = ['placedAt', 'deliveredAt'];

export const correctionSchema = z
  .object({
    field: z.enum(CORRECTABLE_FIELDS),
    /** The user's value; null clears a field the page got wrong. */
    value: z.union([z.string().trim().min(1).max(500), z.number().finite(), z.null()]),
    at: z.number().int().nonnegative(),
  })
  .refine(
    (c) =>
      c.value === null ||
      (c.field === 'total' ? typeof c.value === 'number' && c.value >= 0 : typeof c.value === 'string'),
    {
      message: 'a total is a number, every other field is text',
    },
  )
  .refine((c) => !DATE_FIELDS.includes(c.field) || c.value === null || /^\d{4}-\d{2}-\d{2}$/.test(String(c.value)), {
    message: 'a date is written YYYY-MM-DD',
  });
export type Correction = z.infer<typeof correctionSchema>;
