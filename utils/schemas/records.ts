import { z } from 'zod';
import { isoDateSchema, orderSchema } from './order';
import { correctionSchema } from './correction';
import { boxSchema } from './box';
import { listingSchema } from './listing';
import { caseFactsSchema, marketCodeSchema } from './case-context';

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
export const idSchema = z.string().min(8).max(64);
/** Milliseconds since the epoch, UTC. */
export const timestampSchema = z.number().int().nonnegative();

export const roleSchema = z.enum(['buyer', 'seller']);
export const caseStatusSchema = z.enum(['open', 'resolved', 'archived', 'deleted']);

/** The key dates deadlines count from. Each is a date or date-time the user or a page gave. */
export const caseDatesSchema = z.object({
  ordered: isoDateSchema.optional(),
  shipped: isoDateSchema.optional(),
  estimatedDelivery: isoDateSchema.optional(),
  delivered: isoDateSchema.optional(),
  receiptConfirmed: isoDateSchema.optional(),
  requestOpened: isoDateSchema.optional(),
  otherSideReplied: isoDateSchema.optional(),
  caseClosed: isoDateSchema.optional(),
});
export type CaseDates = z.infer<typeof caseDatesSchema>;

/** Which dispute process the user follows for a case, and the steps done so far with their dates. */
export const guidanceSchema = z.object({
  /** A rules entry id such as `amazon.buyer.not-received`. */
  rulesId: z.string().min(1),
  stepsDone: z.record(z.string(), isoDateSchema).default({}),
});
export type Guidance = z.infer<typeof guidanceSchema>;

export const caseSchema = z.object({
  id: idSchema,
  platform: z.string().min(1),
  role: roleSchema,
  orderRef: z.string().min(1).optional(),
  title: z.string().min(1),
  status: caseStatusSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  dates: caseDatesSchema,
  tags: z.array(z.string()).default([]),
  guidance: guidanceSchema.optional(),
  /** The country whose rules govern the order (ISO code, `amazon.ca` → CA); unknown when absent. */
  market: marketCodeSchema.optional(),
  /** The user's answers to the questions that pick a rule (Mall store or not, how they paid, ...). */
  facts: caseFactsSchema.optional(),
});
export type Case = z.infer<typeof caseSchema>;

export const evidenceKindSchema = z.enum([
  'screenshot',
  'full-page-screenshot',
  'page-snapshot',
  'order-data',
  'chat-transcript',
  'uploaded-file',
  'note',
]);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

export const fileRefSchema = z.object({
  /** File name inside the evidence item, e.g. `screenshot.png`. */
  name: z.string().min(1).max(200),
  mime: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: sha256Schema,
});
export type FileRef = z.infer<typeof fileRefSchema>;

export const captureMetaSchema = z.object({
  method: z.string().min(1),
  browser: z.string().min(1),
  extensionVersion: z.string().min(1),
  /** Minutes east of UTC on the capturing machine at capture time. */
  utcOffsetMinutes: z.number().int(),
  viewport: z.object({ width: z.number(), height: z.number() }).optional(),
  pageSize: z.object({ width: z.number(), height: z.number() }).optional(),
  /** What the capture could not do, in plain words; empty when it did everything. */
  health: z.array(z.string()).default([]),
});
export type CaptureMeta = z.infer<typeof captureMetaSchema>;

export const evidenceSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  kind: evidenceKindSchema,
  title: z.string().min(1),
  sourceUrl: z.string().optional(),
  pageTitle: z.string().optional(),
  capturedAt: timestampSchema,
  capture: captureMetaSchema,
  files: z.array(fileRefSchema),
  /** Structured content: the Order for order-data, free text for notes. */
  order: orderSchema.optional(),
  /** The user's fixes to `order`, oldest first; `order` itself stays as extracted. */
  corrections: z.array(correctionSchema).optional(),
  /** Areas of this item's picture the user marked to be masked in shared copies; the original is never changed. */
  redactionBoxes: z.array(boxSchema).max(1000).optional(),
  text: z.string().optional(),
  /** A product page's facts, on the page snapshot of a listing (its listing.json holds the same, hashed). */
  listing: listingSchema.optional(),
  /** Set when the content was deleted; the record and its log entries stay. */
  deletedAt: timestampSchema.optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const blobRecordSchema = z.object({
  sha256: sha256Schema,
  size: z.number().int().nonnegative(),
  mime: z.string().min(1),
  data: z.instanceof(Blob),
});
export type BlobRecord = z.infer<typeof blobRecordSchema>;

export const auditActionSchema = z.enum([
  'create',
  'edit',
  'attach',
  'move',
  'delete',
  'export',
  'import',
  'correct',
  'redact',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntrySchema = z.object({
  /** Position in its case's chain, from 0. */
  seq: z.number().int().nonnegative(),
  caseId: idSchema,
  at: timestampSchema,
  action: auditActionSchema,
  evidenceId: idSchema.optional(),
  /** Small JSON facts about the action (file hashes, old and new values). */
  details: z.record(z.string(), z.unknown()),
  /** Hash of the entry before this one in the case's chain; 64 zeros for the first. */
  prevHash: sha256Schema,
  hash: sha256Schema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
