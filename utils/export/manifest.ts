import { z } from 'zod';
import { fitSchema } from '../schemas/pack-choice';
import { attestationsSchema } from '../trust/attestations';
import { orderSchema } from '../schemas/order';
import {
  auditEntrySchema,
  captureMetaSchema,
  caseSchema,
  evidenceKindSchema,
  idSchema,
  sha256Schema,
} from '../schemas/records';

export const MANIFEST_FORMAT = 'orderproof-pack';
export const MANIFEST_VERSION = 1;

/** A path inside the pack: relative, forward slashes, no `..`, no absolute or drive paths. */
export const packPathSchema = z
  .string()
  .min(1)
  .max(300)
  .refine((p) => !p.startsWith('/') && !/^[a-zA-Z]:/.test(p) && !p.includes('\\') && !p.split('/').includes('..'), {
    message: 'unsafe path',
  });

export const packFileSchema = z.object({
  path: packPathSchema,
  size: z.number().int().nonnegative(),
  sha256: sha256Schema,
  mime: z.string().optional(),
  evidenceId: z.string().optional(),
});
export type PackFile = z.infer<typeof packFileSchema>;

export const manifestEvidenceSchema = z.object({
  id: idSchema,
  kind: evidenceKindSchema,
  title: z.string(),
  sourceUrl: z.string().optional(),
  pageTitle: z.string().optional(),
  capturedAt: z.string(),
  capture: captureMetaSchema,
  files: z.array(
    z
      .object({
        path: packPathSchema.optional(),
        name: z.string(),
        mime: z.string(),
        size: z.number(),
        /** The file's hash; absent only for a file a masked pack leaves out (its original stays unnamed). */
        sha256: sha256Schema.optional(),
        /** Packs before 0.2: a redacted copy's original hash. Brute-forceable, so no longer written. */
        redactedFrom: sha256Schema.optional(),
        /** A masked pack's salted commitment to the original's hash (see mask-log.ts), as its log records it. */
        committedFrom: sha256Schema.optional(),
      })
      .refine((f) => f.sha256 !== undefined || f.committedFrom !== undefined, {
        message: 'a file needs its hash or a commitment to it',
      }),
  ),
  deletedAt: z.string().optional(),
  /** Since packs made by 0.1: the structured content, so an import restores the item whole. */
  order: orderSchema.optional(),
  text: z.string().optional(),
});

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(MANIFEST_VERSION),
  generatedAt: z.string(),
  generator: z.object({ name: z.string(), version: z.string() }),
  case: caseSchema,
  evidence: z.array(manifestEvidenceSchema),
  /** Every file in the pack except manifest.json and SHA256SUMS, which cover it. */
  files: z.array(packFileSchema),
  audit: z.object({ entries: z.array(auditEntrySchema), head: sha256Schema }),
  /** Files a pack normally holds that this one could not include, and why (e.g. report.pdf). */
  omitted: z.array(z.object({ path: z.string(), reason: z.string() })).optional(),
  /** Set on a masked pack: how `committedFrom` and the masked log's commitments are made. */
  masking: z.object({ commitment: z.string() }).optional(),
  /** Copies fitted to upload limits (under upload/), each naming its original, and what did not fit. */
  upload: z
    .object({
      limits: fitSchema,
      files: z.array(z.object({ path: packPathSchema, from: packPathSchema })),
      notes: z.array(z.string()),
    })
    .optional(),
  /** The installation key that signs manifest.json (see utils/trust/); outside the export entry's binding. */
  attestations: attestationsSchema.optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
