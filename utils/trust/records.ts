import { z } from 'zod';

/** The one signing key of this installation, as IndexedDB keeps it (a CryptoKey clones, never exports). */
export interface KeyRecord {
  id: string;
  privateKey: CryptoKey;
  /** The public key as SubjectPublicKeyInfo (DER), kept so the pack can carry it. */
  spki: Uint8Array;
  createdAt: number;
}

export const keyRecordSchema = z.object({
  id: z.string(),
  privateKey: z.custom<CryptoKey>((v) => typeof CryptoKey !== 'undefined' && v instanceof CryptoKey, 'not a CryptoKey'),
  spki: z.instanceof(Uint8Array),
  createdAt: z.number(),
});

export const stampStatusSchema = z.enum(['queued', 'stamped']);

/** A trusted timestamp asked for one capture: queued until the authority answers. */
export const stampRecordSchema = z.object({
  /** The evidence item's id: one stamp per capture. */
  id: z.string(),
  caseId: z.string(),
  /** The bytes stamped, as text: one `sha256  name` line per file, as the capture stored them. */
  data: z.string(),
  status: stampStatusSchema,
  tsaUrl: z.string(),
  /** When the capture was saved (local clock) and asked to be stamped. */
  queuedAt: z.number(),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().optional(),
  /** When a queued stamp is next tried (after a failure: later each time). */
  nextAttemptAt: z.number().optional(),
  /** When the authority answered (local clock) and the time it put in the token. */
  stampedAt: z.number().optional(),
  genTime: z.number().optional(),
  /** The DER TimeStampResp. */
  token: z.instanceof(Uint8Array).optional(),
  /** The authority's certificates as the token carried them (PEM), for the pack's chain file. */
  chainPem: z.string().optional(),
});
export type StampRecord = z.infer<typeof stampRecordSchema>;
