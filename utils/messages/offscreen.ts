import { z } from 'zod';
import { packChoiceSchema } from '../schemas/pack-choice';
import { auditEntrySchema, idSchema } from '../schemas/records';

/** Messages the offscreen document answers (`offscreen.…`, Chrome), which can make blob URLs. */
export const offscreenMessages = {
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
    response: z.object({
      url: z.string(),
      filename: z.string(),
      bytes: z.number().int(),
      files: z.number().int(),
      exportEntry: auditEntrySchema,
      salt: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    }),
  },
  'offscreen.revoke': {
    request: z.object({ type: z.literal('offscreen.revoke'), target: z.literal('offscreen'), url: z.string() }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const;

export type OffscreenMessages = typeof offscreenMessages;
