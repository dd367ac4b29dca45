import { z } from 'zod';
import { chatResultSchema, hostSchema, selectorSchema } from '../chat/schemas';
import { packChoiceSchema } from '../schemas/pack-choice';
import { orderGlanceSchema } from '../schemas/order-glance';
import { captureResultSchema, captureSourceSchema, recipeReportShape, regionPickSchema } from '../schemas/messages';
import { pageKindSchema } from '../schemas/page';
import { idSchema } from '../schemas/records';
import { recipeFieldSchema, recipeSchema } from '../schemas/recipe';

/**
 * Messages the background answers (`bg.…`), from the popup, the library and OrderProof's scripts in
 * pages. Each concern of the background registers its own; one listener routes them all.
 */
export const backgroundMessages = {
  'bg.capture.save': {
    // What is in view, its snapshot, text and any order.
    request: z.object({
      type: z.literal('bg.capture.save'),
      source: captureSourceSchema,
      /** Required when the sender is not the tab itself (popup, library). */
      tabId: z.number().int().optional(),
      /** Case to add to; omitted: this order's case, else a new one. */
      caseId: idSchema.optional(),
      /** Which of the page's orders (by id) to save; omitted: the first. */
      orderId: z.string().optional(),
    }),
    response: captureResultSchema,
  },
  'bg.capture.full': {
    // The whole page (full-page screenshot), its snapshot, text and any order.
    request: z.object({
      type: z.literal('bg.capture.full'),
      source: captureSourceSchema,
      tabId: z.number().int().optional(),
      caseId: idSchema.optional(),
      orderId: z.string().optional(),
    }),
    response: captureResultSchema,
  },
  'bg.capture.region': {
    // Exactly the part the user picked, with its place on the page.
    request: z.object({
      type: z.literal('bg.capture.region'),
      source: captureSourceSchema,
      tabId: z.number().int().optional(),
      caseId: idSchema.optional(),
      pick: regionPickSchema,
    }),
    response: captureResultSchema,
  },
  'bg.capture.pick': {
    // From the popup: show the picker in the tab; the page tools send bg.capture.region when done.
    request: z.object({
      type: z.literal('bg.capture.pick'),
      tabId: z.number().int(),
      mode: z.enum(['region', 'element']),
      caseId: idSchema.optional(),
    }),
    response: z.object({ started: z.literal(true) }),
  },
  'bg.page.status': {
    request: z.object({ type: z.literal('bg.page.status'), tabId: z.number().int() }),
    response: z.object({
      capturable: z.boolean(),
      url: z.string().optional(),
      marketplace: z.string().optional(),
      kind: pageKindSchema.optional(),
      orderIds: z.array(z.string()),
      /** What a person recognises each order by, in page order (the picker on list pages). */
      orders: z.array(orderGlanceSchema).optional(),
      changed: z.string().optional(),
      caseId: idSchema.optional(),
      ...recipeReportShape,
    }),
  },
  'bg.page.hello': {
    // The loader's first word on a marketplace page: the background, which holds the full registry and
    // the settings, says whether to show the in-page button. Keeps the page script tiny.
    request: z.object({ type: z.literal('bg.page.hello') }),
    // `listing`: the button saves a product page, and says so. `orderList`: the button first asks which order.
    response: z.object({ button: z.boolean(), listing: z.boolean().optional(), orderList: z.boolean().optional() }),
  },
  'bg.page.orders': {
    // The in-page button of an order-list page: the orders of the sender's own tab, for its order picker.
    request: z.object({ type: z.literal('bg.page.orders') }),
    response: z.object({ orders: z.array(orderGlanceSchema) }),
  },
  'bg.export.prepare': {
    // The popup's pointer or focus is on an export: the background gets ready to build (Chrome's offscreen document).
    request: z.object({ type: z.literal('bg.export.prepare') }),
    response: z.object({ ok: z.literal(true) }),
  },
  'bg.offscreen.idle': {
    // Chrome's offscreen document has had nothing to do for a while: closed unless an export is starting.
    request: z.object({ type: z.literal('bg.offscreen.idle') }),
    response: z.object({ closing: z.boolean() }),
  },
  'bg.export.case': {
    request: z.object({ type: z.literal('bg.export.case'), caseId: idSchema, choice: packChoiceSchema.optional() }),
    response: z.object({
      filename: z.string(),
      downloadId: z.number().int(),
      bytes: z.number().int(),
      files: z.number().int(),
    }),
  },
  'bg.chat.capture': {
    // From the popup (tabId given) or the in-page button (the sender's tab). `generic`: use the list
    // remembered for this site, or let the user point at one; `pick`: point again even if one is remembered.
    request: z.object({
      type: z.literal('bg.chat.capture'),
      tabId: z.number().int().optional(),
      caseId: idSchema.optional(),
      generic: z.boolean().optional(),
      pick: z.boolean().optional(),
    }),
    // `picking`: the page now shows the picker; the capture runs once the user has pointed at the list.
    response: z.union([chatResultSchema, z.object({ picking: z.literal(true) })]),
  },
  'bg.chat.rememberList': {
    request: z.object({ type: z.literal('bg.chat.rememberList'), host: hostSchema, selector: selectorSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  'bg.chat.resume': {
    // From a page whose capture lost the background: starts it again, which finishes what it had kept.
    request: z.object({ type: z.literal('bg.chat.resume') }),
    response: z.object({ ok: z.literal(true) }),
  },
  'bg.recipe.point': {
    // From the popup's order facts: let the user point at a field's value in the tab.
    request: z.object({
      type: z.literal('bg.recipe.point'),
      tabId: z.number().int(),
      evidenceId: idSchema,
      field: recipeFieldSchema,
    }),
    response: z.object({ started: z.literal(true) }),
  },
  'bg.recipe.picked': {
    // From the page tools: what the user pointed at (kept as a correction) and the recipe to find it again.
    request: z.object({
      type: z.literal('bg.recipe.picked'),
      evidenceId: idSchema,
      field: recipeFieldSchema,
      value: z.union([z.string().trim().min(1).max(500), z.number().finite()]),
      recipe: recipeSchema.optional(),
    }),
    response: z.object({ corrected: z.literal(true), learned: z.boolean() }),
  },
} as const;

export type BackgroundMessages = typeof backgroundMessages;
