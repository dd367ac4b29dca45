import { z } from 'zod';
import { orderSchema } from './order';
import { orderGlanceSchema } from './order-glance';
import { packChoiceSchema } from './pack-choice';
import { listingSchema } from './listing';
import { pageKindSchema } from './page';
import { auditEntrySchema, idSchema, roleSchema } from './records';

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
});
export type PagePayload = z.infer<typeof pagePayloadSchema>;

const captureSourceSchema = z.enum(['in-page', 'popup', 'context-menu', 'shortcut']);

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

/** Progress of a capture, broadcast by the background to extension pages (the popup). */
export const captureProgressSchema = z.object({
  type: z.literal('capture.progress'),
  tabId: z.number().int(),
  text: z.string(),
  done: z.boolean(),
});

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
      /** What a person recognises each order by, in page order (the picker on list pages). */
      orders: z.array(orderGlanceSchema).optional(),
      changed: z.string().optional(),
      caseId: idSchema.optional(),
    }),
  },
  'page.hello': {
    // The content script's first word on a marketplace page: the background, which holds the full
    // registry and the settings, says whether to show the in-page button. Keeps the page script tiny.
    request: z.object({ type: z.literal('page.hello') }),
    // `listing`: the button saves a product page, and says so.
    response: z.object({ button: z.boolean(), listing: z.boolean().optional() }),
  },
  'export.case': {
    request: z.object({ type: z.literal('export.case'), caseId: idSchema, choice: packChoiceSchema.optional() }),
    response: z.object({ filename: z.string(), downloadId: z.number().int(), bytes: z.number().int(), files: z.number().int() }),
  },
} as const;

/**
 * Capture messages handled by the background. Kept apart from `backgroundRequests` so a handler map
 * for those stays complete without them; the background listens to both.
 */
export const captureRequests = {
  'capture.full': {
    // The whole page (full-page screenshot), its snapshot, text and any order.
    request: z.object({
      type: z.literal('capture.full'),
      source: captureSourceSchema,
      tabId: z.number().int().optional(),
      caseId: idSchema.optional(),
      orderId: z.string().optional(),
    }),
    response: captureResultSchema,
  },
  'capture.region': {
    // Exactly the part the user picked, with its place on the page.
    request: z.object({
      type: z.literal('capture.region'),
      source: captureSourceSchema,
      tabId: z.number().int().optional(),
      caseId: idSchema.optional(),
      pick: regionPickSchema,
    }),
    response: captureResultSchema,
  },
  'capture.pick': {
    // From the popup: show the picker in the tab; the content script sends capture.region when done.
    request: z.object({
      type: z.literal('capture.pick'),
      tabId: z.number().int(),
      mode: z.enum(['region', 'element']),
      caseId: idSchema.optional(),
    }),
    response: z.object({ started: z.literal(true) }),
  },
} as const;

/** Broadcasts extension pages may listen to; nobody replies. */
export const pageBroadcasts = {
  'capture.progress': { request: captureProgressSchema, response: z.object({ ok: z.literal(true) }) },
} as const;

/** Messages handled by content scripts. */
export const contentRequests = {
  'page.collect': {
    // `text: false` when only the page's kind and orders are wanted (the popup's status line): reading
    // the whole text forces a layout and can be megabytes.
    request: z.object({ type: z.literal('page.collect'), text: z.boolean().optional() }),
    response: pagePayloadSchema,
  },
  'capture.prepare': {
    // Hide OrderProof's own in-page UI so it never appears in the evidence.
    request: z.object({ type: z.literal('capture.prepare'), hidden: z.boolean() }),
    response: z.object({ ok: z.literal(true) }),
  },
  'capture.measure': {
    request: z.object({ type: z.literal('capture.measure') }),
    response: pageMetricsSchema,
  },
  'capture.preload': {
    // Loads lazy images before a full-page capture; reports those still blank when time ran out.
    request: z.object({ type: z.literal('capture.preload'), maxMs: z.number().int().min(0).max(60_000) }),
    response: z.object({ images: z.number().int(), blank: z.number().int(), pageHeight: z.number() }),
  },
  'capture.scroll': {
    // Scrolls for the next band; after the first band, fixed and sticky elements are hidden so they appear once.
    request: z.object({ type: z.literal('capture.scroll'), x: z.number(), y: z.number(), hideFixed: z.boolean() }),
    response: pageMetricsSchema,
  },
  'capture.restore': {
    // Puts the page back as the user left it: fixed elements shown, scroll position restored.
    request: z.object({ type: z.literal('capture.restore'), x: z.number(), y: z.number() }),
    response: z.object({ ok: z.literal(true) }),
  },
  'capture.status': {
    // Progress or result text for the in-page status line.
    request: z.object({ type: z.literal('capture.status'), text: z.string().max(2000), done: z.boolean() }),
    response: z.object({ ok: z.literal(true) }),
  },
  'capture.startPick': {
    request: z.object({ type: z.literal('capture.startPick'), mode: z.enum(['region', 'element']), caseId: idSchema.optional() }),
    response: z.object({ started: z.literal(true) }),
  },
  'capture.contextTarget': {
    // What a context-menu click was on: the selection's or the image's rectangle on the page.
    request: z.object({ type: z.literal('capture.contextTarget'), kind: z.enum(['selection', 'image']), srcUrl: z.string().optional() }),
    response: z.object({ pick: regionPickSchema.optional() }),
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
      lang: z.enum(['en', 'zh', 'zh-TW']),
      generatorVersion: z.string(),
      choice: packChoiceSchema.optional(),
    }),
    // The pack's export entry (and a masked pack's salt), for the background to log once the file is saved.
    response: z.object({ url: z.string(), filename: z.string(), bytes: z.number().int(), files: z.number().int(), exportEntry: auditEntrySchema, salt: z.string().regex(/^[0-9a-f]{64}$/).optional() }),
  },
  'offscreen.revoke': {
    request: z.object({ type: z.literal('offscreen.revoke'), target: z.literal('offscreen'), url: z.string() }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const;

export type BackgroundRequests = typeof backgroundRequests;
export type CaptureRequests = typeof captureRequests;
export type ContentRequests = typeof contentRequests;
export type OffscreenRequests = typeof offscreenRequests;

/** Every reply travels in this envelope, so a failure is a value with a reason, not a silent undefined. */
export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
