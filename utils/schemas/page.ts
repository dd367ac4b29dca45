import { z } from 'zod';

export const pageKindSchema = z.enum([
  'order-list',
  'order-detail',
  'tracking',
  'return',
  'chat',
  'listing',
  'invoice',
  'other',
]);
export type PageKind = z.infer<typeof pageKindSchema>;
