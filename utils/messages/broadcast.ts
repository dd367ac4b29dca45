import { z } from 'zod';

/** Progress of a capture, broadcast by the background to extension pages (the popup); nobody replies. */
export const captureProgressSchema = z.object({
  type: z.literal('pages.progress'),
  tabId: z.number().int(),
  text: z.string(),
  done: z.boolean(),
});
export type CaptureProgress = z.infer<typeof captureProgressSchema>;

/** Broadcasts OrderProof's own pages may listen to (`pages.…`). */
export const broadcastMessages = {
  'pages.progress': { request: captureProgressSchema, response: z.object({ ok: z.literal(true) }) },
} as const;
