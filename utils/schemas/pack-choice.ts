import { z } from 'zod';

/**
 * Upload limits a pack can be fitted to. The originals always stay in evidence/; the fitted copies go to
 * upload/, the files a user attaches to a platform's form. No platform in the reference notes publishes
 * its upload limits, so the one preset is a generic one, labelled as such.
 */
export const fitSchema = z.object({
  preset: z.string().min(1),
  maxImageBytes: z.number().int().positive().optional(),
  maxPdfBytes: z.number().int().positive().optional(),
  maxFiles: z.number().int().positive().optional(),
});
export type Fit = z.infer<typeof fitSchema>;

/** What the user asked of an export: a masked copy for sharing, and/or copies fitted to upload limits. */
export const packChoiceSchema = z.object({
  masked: z.boolean(),
  fitTo: fitSchema.optional(),
});
export type PackChoice = z.infer<typeof packChoiceSchema>;
