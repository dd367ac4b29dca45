import { z } from 'zod';
import { bandSchema, finishedSchema, historySchema, selectorSchema, startSchema } from '../chat/schemas';
import { idSchema } from '../schemas/records';

const ok = z.object({ ok: z.literal(true) });

/**
 * Messages the chat script in a page answers (`chat.…`); the background sends them and validates the replies.
 * The script checks these requests by hand (content-messaging.ts), held to these schemas by a unit test.
 */
export const chatPageMessages = {
  'chat.ping': { request: z.object({ type: z.literal('chat.ping') }), response: z.object({ ready: z.literal(true) }) },
  'chat.start': {
    request: z.object({ type: z.literal('chat.start'), selector: selectorSchema.optional(), generic: z.boolean() }),
    response: startSchema,
  },
  'chat.history': {
    request: z.object({
      type: z.literal('chat.history'),
      maxMs: z.number().int().positive().max(600_000),
      quietMs: z.number().int().positive().max(60_000),
    }),
    response: historySchema,
  },
  'chat.band': {
    request: z.object({ type: z.literal('chat.band'), index: z.number().int().nonnegative() }),
    response: bandSchema,
  },
  'chat.ui': { request: z.object({ type: z.literal('chat.ui'), hidden: z.boolean() }), response: ok },
  'chat.finish': { request: z.object({ type: z.literal('chat.finish') }), response: finishedSchema },
  'chat.image': {
    request: z.object({ type: z.literal('chat.image'), url: z.string().max(100_000) }),
    response: z.object({ mime: z.string().min(1).max(200), base64: z.string() }),
  },
  'chat.status': {
    request: z.object({ type: z.literal('chat.status'), text: z.string().max(4000), busy: z.boolean() }),
    response: ok,
  },
  'chat.pick': {
    request: z.object({ type: z.literal('chat.pick'), caseId: idSchema.optional() }),
    response: z.object({ started: z.literal(true) }),
  },
} as const;

export type ChatPageMessages = typeof chatPageMessages;
