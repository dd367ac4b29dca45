import { z } from 'zod';
import { idSchema } from '../schemas/records';
import { captureResultSchema } from '../schemas/messages';

/**
 * Chat capture messages. The background validates every request it handles and every reply the chat
 * content script sends (the content script checks its own requests by hand, to stay free of zod).
 */

const host = z.string().min(1).max(253).regex(/^[a-z0-9.-]+(?::\d{1,5})?$/i);
/** A CSS selector the user's pick produced; it is only ever passed to querySelector. */
const selector = z.string().min(1).max(2000);

const chatResultSchema = captureResultSchema.extend({
  messages: z.number().int().nonnegative(),
  startReached: z.boolean(),
  complete: z.boolean(),
});
export type ChatResult = z.infer<typeof chatResultSchema>;

/** Messages the background handles. */
export const chatRequests = {
  'chat.capture': {
    // From the popup (tabId given) or the in-page button (the sender's tab). `generic`: use the list
    // remembered for this site, or let the user point at one; `pick`: point again even if one is remembered.
    request: z.object({
      type: z.literal('chat.capture'),
      tabId: z.number().int().optional(),
      caseId: idSchema.optional(),
      generic: z.boolean().optional(),
      pick: z.boolean().optional(),
    }),
    // `picking`: the page now shows the picker; the capture runs once the user has pointed at the list.
    response: z.union([chatResultSchema, z.object({ picking: z.literal(true) })]),
  },
  'chat.rememberList': {
    request: z.object({ type: z.literal('chat.rememberList'), host, selector }),
    response: z.object({ ok: z.literal(true) }),
  },
  'chat.resume': {
    // From a page whose capture lost the background: starts it again, which finishes what it had kept.
    request: z.object({ type: z.literal('chat.resume') }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const;

/** What is stored under `chatList:<host>` in the settings table. */
export const rememberedListSchema = z.object({ selector, savedAt: z.number().int().nonnegative() });

const viewRect = z.object({ x: z.number(), y: z.number(), width: z.number().nonnegative(), height: z.number().nonnegative() });
const imageRef = z.object({ url: z.string().max(100_000), alt: z.string().max(2000) });
const attachmentRef = z.object({ url: z.string().max(100_000), name: z.string().max(2000) });
export const chatMessageSchema = z.object({
  key: z.string().min(1).max(400),
  id: z.string().max(300).optional(),
  role: z.enum(['buyer', 'seller', 'platform', 'unknown']),
  name: z.string().max(2000),
  time: z.string().optional(),
  timeText: z.string().max(200),
  text: z.string().max(200_000),
  translation: z.string().max(200_000).optional(),
  images: z.array(imageRef).max(200),
  attachments: z.array(attachmentRef).max(200),
  side: z.enum(['left', 'right']).optional(),
});
export type ChatMessageData = z.infer<typeof chatMessageSchema>;

export const historySchema = z.object({
  basis: z.enum(['marker', 'no-more-history', 'stalled', 'history-error', 'time-limit']),
  pages: z.number().int().nonnegative(),
  errorText: z.string().max(300).optional(),
  ms: z.number().nonnegative(),
});

export const bandSchema = z.object({
  index: z.number().int().nonnegative(),
  offset: z.number(),
  height: z.number().nonnegative(),
  contentHeight: z.number().nonnegative(),
  rect: viewRect,
  viewport: z.object({ width: z.number().positive(), height: z.number().positive() }),
  devicePixelRatio: z.number().positive(),
  last: z.boolean(),
  messages: z.number().int().nonnegative(),
});
export type BandData = z.infer<typeof bandSchema>;

const startSchema = z.object({
  found: z.boolean(),
  adapter: z.string().optional(),
  mode: z.enum(['adapter', 'generic']).optional(),
  listSelector: z.string().optional(),
  url: z.string(),
  title: z.string(),
});

export const finishedSchema = z.object({
  url: z.string(),
  title: z.string(),
  adapter: z.string().optional(),
  mode: z.enum(['adapter', 'generic']),
  listSelector: z.string(),
  side: z.enum(['buyer', 'seller']),
  listHeight: z.number().nonnegative(),
  messages: z.array(chatMessageSchema).max(200_000),
  overlapGaps: z.array(z.object({ after: z.number().int().nonnegative() })),
  images: z.array(
    z.object({ url: z.string(), saved: z.boolean(), mime: z.string().optional(), size: z.number().int().nonnegative().optional(), reason: z.string().optional() }),
  ),
});
export type FinishedData = z.infer<typeof finishedSchema>;

const ok = z.object({ ok: z.literal(true) });

/** Messages the chat content script handles; the background sends them and validates the replies. */
export const chatContentRequests = {
  'chat.ping': { request: z.object({ type: z.literal('chat.ping') }), response: z.object({ ready: z.literal(true) }) },
  'chat.start': {
    request: z.object({ type: z.literal('chat.start'), selector: selector.optional(), generic: z.boolean() }),
    response: startSchema,
  },
  'chat.history': {
    request: z.object({ type: z.literal('chat.history'), maxMs: z.number().int().positive(), quietMs: z.number().int().positive() }),
    response: historySchema,
  },
  'chat.band': { request: z.object({ type: z.literal('chat.band'), index: z.number().int().nonnegative() }), response: bandSchema },
  'chat.ui': { request: z.object({ type: z.literal('chat.ui'), hidden: z.boolean() }), response: ok },
  'chat.finish': { request: z.object({ type: z.literal('chat.finish') }), response: finishedSchema },
  'chat.image': {
    request: z.object({ type: z.literal('chat.image'), url: z.string() }),
    response: z.object({ mime: z.string().min(1).max(200), base64: z.string() }),
  },
  'chat.status': { request: z.object({ type: z.literal('chat.status'), text: z.string().max(4000), busy: z.boolean() }), response: ok },
  'chat.pick': { request: z.object({ type: z.literal('chat.pick'), caseId: idSchema.optional() }), response: z.object({ started: z.literal(true) }) },
} as const;
