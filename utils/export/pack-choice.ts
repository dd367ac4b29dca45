import { z } from 'zod';
import { fitSchema } from './fit';
import type { PackOptions } from './pack';

/** What the user asked of an export: a masked copy for sharing, and/or copies fitted to upload limits. */
export const packChoiceSchema = z.object({
  masked: z.boolean(),
  fitTo: fitSchema.optional(),
});
export type PackChoice = z.infer<typeof packChoiceSchema>;

export function packChoiceOptions(choice: PackChoice | undefined): Pick<PackOptions, 'redact' | 'fitTo'> {
  return { ...(choice?.masked ? { redact: { text: true } } : {}), ...(choice?.fitTo ? { fitTo: choice.fitTo } : {}) };
}

/** The export's log entry says what kind of copy left the library. */
export function packChoiceDetails(choice: PackChoice | undefined): Record<string, unknown> {
  return { ...(choice?.masked ? { redacted: true } : {}), ...(choice?.fitTo ? { fitTo: choice.fitTo.preset } : {}) };
}

/** `…_masked.zip`, `…_upload.zip`: a sharing copy is never mistaken for the full pack. */
export function packChoiceFilename(filename: string, choice: PackChoice | undefined): string {
  const suffix = `${choice?.masked ? '_masked' : ''}${choice?.fitTo ? '_upload' : ''}`;
  return filename.replace(/\.zip$/, `${suffix}.zip`);
}
