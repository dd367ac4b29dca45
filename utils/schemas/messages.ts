import { z } from 'zod';
import { orderSchema } from './order';
import { pageKindSchema } from './page';
import { idSchema, roleSchema } from './records';

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
  /** Set when a known marketplace page no longer looks the way its adapter expects. */
  changed: z.string().optional(),
});
export type PagePayload = z.infer<typeof pagePayloadSchema>;

const captureSourceSchema = z.enum(['in-page', 'popup', 'context-menu', 'shortcut']);

/** Messages handled by the background, with the schema of each reply. */
export const backgroundRequests = {
  'capture.save': {
    request: z.object({
      type: z.literal('capture.save'),
      source: captureSourceSchema,
      /** Required when the sender is not the tab itself (popup, library). */
      tabId: z.number().int().optional(),
      /** Case to add to; omitted: this order's case, else a new one. */
      caseId: idSchema.optional(),
      /** Which of the page's orders (by id) to save; omitted: the first. */
      orderId: z.string().optional(),
    }),
    response: z.object({
      caseId: idSchema,
      evidenceIds: z.array(idSchema),
      orderRecognised: z.boolean(),
      orderId: z.string().optional(),
      health: z.array(z.string()),
    }),
  },
  'page.status': {
    request: z.object({ type: z.literal('page.status'), tabId: z.number().int() }),
    response: z.object({
      capturable: z.boolean(),
      url: z.string().optional(),
      marketplace: z.string().optional(),
      kind: pageKindSchema.optional(),
      orderIds: z.array(z.string()),
      changed: z.string().optional(),
      caseId: idSchema.optional(),
    }),
  },
  'export.case': {
    request: z.object({ type: z.literal('export.case'), caseId: idSchema }),
    response: z.object({ filename: z.string(), downloadId: z.number().int(), bytes: z.number().int(), files: z.number().int() }),
  },
} as const;

/** Messages handled by content scripts. */
export const contentRequests = {
  'page.collect': {
    request: z.object({ type: z.literal('page.collect') }),
    response: pagePayloadSchema,
  },
  'capture.prepare': {
    // Hide OrderProof's own in-page UI so it never appears in the evidence.
    request: z.object({ type: z.literal('capture.prepare'), hidden: z.boolean() }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const;

/** Messages handled by the offscreen document (Chrome), which can make blob URLs. */
export const offscreenRequests = {
  'offscreen.export': {
    // An offscreen document has no i18n or manifest access, so the background passes both.
    request: z.object({
      type: z.literal('offscreen.export'),
      target: z.literal('offscreen'),
      caseId: idSchema,
      lang: z.enum(['en', 'zh']),
      generatorVersion: z.string(),
    }),
    response: z.object({ url: z.string(), filename: z.string(), bytes: z.number().int(), files: z.number().int() }),
  },
  'offscreen.revoke': {
    request: z.object({ type: z.literal('offscreen.revoke'), target: z.literal('offscreen'), url: z.string() }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const;

export type BackgroundRequests = typeof backgroundRequests;
export type ContentRequests = typeof contentRequests;
export type OffscreenRequests = typeof offscreenRequests;

/** Every reply travels in this envelope, so a failure is a value with a reason, not a silent undefined. */
export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
