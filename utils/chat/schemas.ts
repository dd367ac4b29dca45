import { z } from 'zod';
import { captureResultSchema } from '../schemas/messages';
import type { BandGeometry, ChatMessage, HistoryResult } from './types';

/**
 * What chat capture sends and stores. The message maps are in utils/messages/{background,chat-page}.ts;
 * the background validates every reply the chat script sends (which checks its own requests by hand, to stay free of zod).
 */

export const hostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.-]+(?::\d{1,5})?$/i);
/** A CSS selector the user's pick produced; it is only ever passed to querySelector. */
export const selectorSchema = z.string().min(1).max(2000);

export const chatResultSchema = captureResultSchema.extend({
  messages: z.number().int().nonnegative(),
  startReached: z.boolean(),
  complete: z.boolean(),
});
export type ChatResult = z.infer<typeof chatResultSchema>;

/** What is stored under `chatList:<host>` in the settings table. */
export const rememberedListSchema = z.object({ selector: selectorSchema, savedAt: z.number().int().nonnegative() });

const viewRect = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
});
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
  unsettled: z.literal(true).optional(),
  stuck: z.literal(true).optional(),
});
export type BandData = z.infer<typeof bandSchema>;

export const startSchema = z.object({
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
    z.object({
      url: z.string(),
      saved: z.boolean(),
      mime: z.string().optional(),
      size: z.number().int().nonnegative().optional(),
      reason: z.string().optional(),
    }),
  ),
});
export type FinishedData = z.infer<typeof finishedSchema>;

/**
 * The chat script's plain types (types.ts, kept free of zod for its bundle) must be exactly what these
 * schemas accept: a field added on one side and not the other fails the type check here.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ChatTypesMatchSchemas = [
  Assert<Same<HistoryResult, z.infer<typeof historySchema>>>,
  Assert<Same<BandGeometry, z.infer<typeof bandSchema>>>,
  // `y` only orders messages inside the page; the background never receives it.
  Assert<Same<Omit<ChatMessage, 'y'>, ChatMessageData>>,
];
