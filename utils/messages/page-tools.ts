import { z } from 'zod';
import { pagePayloadSchema, pageMetricsSchema, pageRectSchema, regionPickSchema } from '../schemas/messages';
import { idSchema } from '../schemas/records';
import { recipeFieldSchema, recipeSchema } from '../schemas/recipe';

const ok = z.object({ ok: z.literal(true) });

/** Messages OrderProof's page tools answer (`tools.…`), injected into a tab when the user acts. */
export const pageToolsMessages = {
  'tools.ping': {
    // Only the page tools answer it: no valid answer means they are not in the tab yet.
    request: z.object({ type: z.literal('tools.ping') }),
    response: z.object({ ready: z.literal(true) }),
  },
  'tools.collect': {
    // `text: false` when only the page's kind and orders are wanted (the popup's status line): reading
    // the whole text forces a layout and can be megabytes.
    // `recipes`: the site's recipes learned by pointing, applied after the readers (utils/recipes).
    request: z.object({
      type: z.literal('tools.collect'),
      text: z.boolean().optional(),
      recipes: z.array(recipeSchema).max(500).optional(),
    }),
    response: pagePayloadSchema,
  },
  'tools.orderArea': {
    // Where one order of a list page sits, to picture it on its own beside the whole list.
    request: z.object({
      type: z.literal('tools.orderArea'),
      orderId: z.string().min(1).max(200),
      otherIds: z.array(z.string().max(200)).max(1000),
    }),
    response: z.object({ rect: pageRectSchema.optional() }),
  },
  'tools.prepare': {
    // Hide OrderProof's own in-page UI so it never appears in the evidence.
    request: z.object({ type: z.literal('tools.prepare'), hidden: z.boolean() }),
    response: ok,
  },
  'tools.measure': {
    request: z.object({ type: z.literal('tools.measure') }),
    response: pageMetricsSchema,
  },
  'tools.preload': {
    // Loads lazy images before a full-page capture; reports those still blank when time ran out.
    request: z.object({ type: z.literal('tools.preload'), maxMs: z.number().int().min(0).max(60_000) }),
    response: z.object({ images: z.number().int(), blank: z.number().int(), pageHeight: z.number() }),
  },
  'tools.scroll': {
    // Scrolls for the next band; after the first band, fixed and sticky elements are hidden so they appear once.
    request: z.object({ type: z.literal('tools.scroll'), x: z.number(), y: z.number(), hideFixed: z.boolean() }),
    response: pageMetricsSchema,
  },
  'tools.restore': {
    // Puts the page back as the user left it: fixed elements shown, scroll position restored.
    request: z.object({ type: z.literal('tools.restore'), x: z.number(), y: z.number() }),
    response: ok,
  },
  'tools.status': {
    // Progress or result text for the in-page status line.
    request: z.object({ type: z.literal('tools.status'), text: z.string().max(2000), done: z.boolean() }),
    response: ok,
  },
  'tools.startPick': {
    request: z.object({
      type: z.literal('tools.startPick'),
      mode: z.enum(['region', 'element']),
      caseId: idSchema.optional(),
    }),
    response: z.object({ started: z.literal(true) }),
  },
  'tools.contextTarget': {
    // What a context-menu click was on: the selection's or the image's rectangle on the page.
    request: z.object({
      type: z.literal('tools.contextTarget'),
      kind: z.enum(['selection', 'image']),
      srcUrl: z.string().optional(),
    }),
    response: z.object({ pick: regionPickSchema.optional() }),
  },
  'tools.point': {
    // Teach by pointing: the user points at a field's value on the page; the page tools send bg.recipe.picked.
    request: z.object({ type: z.literal('tools.point'), evidenceId: idSchema, field: recipeFieldSchema }),
    response: z.object({ started: z.literal(true) }),
  },
} as const;

export type PageToolsMessages = typeof pageToolsMessages;
