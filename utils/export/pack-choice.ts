import type { PackChoice } from '../schemas/pack-choice';
import { GENERIC_UPLOAD } from './fit';
import type { PackOptions } from './pack';

export type { PackChoice } from '../schemas/pack-choice';

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

/** The two export checkboxes as a choice: undefined for the plain pack. */
export function choiceFrom({ masked, fitted }: { masked: boolean; fitted: boolean }): PackChoice | undefined {
  return masked || fitted ? { masked, ...(fitted ? { fitTo: GENERIC_UPLOAD } : {}) } : undefined;
}
