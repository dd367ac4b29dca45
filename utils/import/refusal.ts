import { UnzipError } from '../zip/safe-unzip';
import { errorText } from '../error-text';

// Why a pack or backup was not taken in, in two parts: a kind the screens say in the user's language,
// and the checker's own finding (file names, hashes, log entries) kept as the detail, in English like
// the verifier's report that verify.html and the CLI print.

/** What a refusal means for the user; each has its own sentence on the screens (refusal_<kind>). */
export const REFUSAL_KINDS = [
  'unreadable',
  'notPack',
  'altered',
  'masked',
  'already',
  'noRoom',
  'changedOnDisk',
  'failed',
] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number];

export interface Refusal {
  kind: RefusalKind;
  /** The checker's finding, for the detail line. */
  reason: string;
}

/** A pack (or backup) that failed a check. By default its content does not hold together ('altered'). */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
  constructor(
    message: string,
    readonly kind: RefusalKind = 'altered',
  ) {
    super(message);
  }
}

/** The refusal to show for an error thrown while checking or writing a pack. */
export function refusalOf(err: unknown): Refusal {
  if (err instanceof ImportRefused) return { kind: err.kind, reason: err.message };
  if (err instanceof UnzipError) return { kind: 'unreadable', reason: `not a readable pack: ${err.message}` };
  // StorageRefused (utils/db/storage-guard.ts) by name: that module speaks through the extension's i18n,
  // which a checker worker cannot load. Its message is already in the user's language.
  if (err instanceof Error && err.name === 'StorageRefused') return { kind: 'noRoom', reason: err.message };
  // The picked file changed on disk since it was picked: the browser refuses to read it (when checked, or
  // when IndexedDB copies its checked bytes at commit, wrapped by Dexie). Nothing was written.
  if (namedIn(err, 'NotReadableError'))
    return { kind: 'changedOnDisk', reason: `the file could not be read again: ${errorText(err)}` };
  return { kind: 'failed', reason: `the pack could not be imported: ${errorText(err)}` };
}

function namedIn(err: unknown, name: string): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if ((e as { name?: unknown }).name === name) return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}
