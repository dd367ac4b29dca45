import { z } from 'zod';
import { orderSchema } from './order';
import { listingSchema } from './listing';
import { pageKindSchema } from './page';
import { idSchema, roleSchema } from './records';
import { recipeFieldSchema } from './recipe';

/** What recipes learned by pointing did on the page (utils/recipes/page.ts). */
export const recipeReportShape = {
  learned: z.array(recipeFieldSchema).optional(),
  learnedOnAdapterPage: z.boolean().optional(),
  recipeConflicts: z
    .array(z.object({ field: recipeFieldSchema, read: z.string().max(500), found: z.string().max(500) }))
    .max(20)
    .optional(),
};

/** What a page says about itself, read by the content script (or an injected probe). */
export const pagePayloadSchema = z.object({
  url: z.string().url(),
  title: z.string(),
  text: z.string(),
  viewport: z.object({ width: z.number(), height: z.number() }),
  pageSize: z.object({ width: z.number(), height: z.number() }),
  devicePixelRatio: z.number().positive(),
  marketplace: z.string().optional(),
  kind: pageKindSchema,
  role: roleSchema,
  orders: z.array(orderSchema),
  /** A product page's facts, when the page is a listing. */
  listing: listingSchema.optional(),
  /** Set when a known marketplace page no longer looks the way its adapter expects. */
  changed: z.string().optional(),
  ...recipeReportShape,
});
export type PagePayload = z.infer<typeof pagePayloadSchema>;

export const captureSourceSchema = z.enum(['in-page', 'popup', 'context-menu', 'shortcut']);

/** A rectangle on the page, CSS px from the document's top left. */
export const pageRectSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
});
export type PageRect = z.infer<typeof pageRectSchema>;

/** What the user picked: a dragged rectangle, an element, a text selection or an image. */
export const regionPickSchema = z.object({
  mode: z.enum(['region', 'element', 'selection', 'image']),
  rect: pageRectSchema,
  /** A short plain-text description of what was picked (tag and text); data, never markup. */
  label: z.string().max(300).optional(),
  /** The selected text, for a selection. */
  text: z.string().max(200_000).optional(),
});
export type RegionPick = z.infer<typeof regionPickSchema>;

export const captureResultSchema = z.object({
  caseId: idSchema,
  evidenceIds: z.array(idSchema),
  orderRecognised: z.boolean(),
  orderId: z.string().optional(),
  health: z.array(z.string()),
  partial: z.boolean().optional(),
});

/** The page's geometry at one moment, read by the content script. */
export const pageMetricsSchema = z.object({
  scrollX: z.number(),
  scrollY: z.number(),
  /** Inner size of the window, scrollbars included: what captureVisibleTab pictures. */
  viewport: z.object({ width: z.number().positive(), height: z.number().positive() }),
  /** The part of the viewport that shows page content (no scrollbars). */
  visible: z.object({ width: z.number().positive(), height: z.number().positive() }),
  pageSize: z.object({ width: z.number(), height: z.number() }),
  devicePixelRatio: z.number().positive(),
});
export type PageMetrics = z.infer<typeof pageMetricsSchema>;
