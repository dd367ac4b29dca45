import type { OrderProofDB } from '../db/database';
import { uiLanguage } from '../i18n';
import { displayLocale } from '../i18n-format';
import { readSettings, type LanguageSetting } from '../settings';
import { packChoiceSchema, type PackChoice } from '../schemas/pack-choice';
import { packChoiceDetails, packChoiceFilename, packChoiceOptions } from './pack-choice';
import { buildPackBlob, type PackOptions, type PackProgress } from './pack';
import type { PackSeal } from './record-export';

export type PackLanguage = NonNullable<PackOptions['lang']>;

/** A pack speaks the language the user chose in settings, else the browser's. */
export function packLanguage(setting: LanguageSetting, browserLanguage: string): PackLanguage {
  // The screens' own reading of a language tag (zh-HK and zh-Hant read Traditional); 'zh' is Simplified, as older packs record it.
  const locale = displayLocale(setting === 'auto' ? browserLanguage : setting);
  return locale === 'zh-CN' ? 'zh' : locale;
}

/** The pack language for this library: read from its settings, so every context (even a worker) agrees. */
export async function exportLanguage(db: OrderProofDB): Promise<PackLanguage> {
  const { language } = await readSettings(db);
  return packLanguage(language, language === 'auto' ? uiLanguage() : '');
}

/** The rest are for tests and scripts, which have no canvas or bundled font. */
export interface ExportCaseOptions extends Pick<PackOptions, 'now' | 'pdf' | 'loadFont' | 'paintImage' | 'encodeJpeg'> {
  /** Given by contexts that cannot read the browser's language (the offscreen document); else from settings. */
  lang?: PackLanguage;
  /** The extension's version, recorded in the manifest. */
  version: string;
  onProgress?: (p: PackProgress) => void;
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>;
}

/** A built pack, ready to be saved; `seal` goes to recordExport once the file exists. */
export interface CaseExport {
  blob: Blob;
  filename: string;
  bytes: number;
  files: number;
  lang: PackLanguage;
  /** The pack's audit head, for the user to keep or hand on. */
  head: string;
  seal: PackSeal;
}

/**
 * Builds one case's evidence pack as the user asked for it (masked, fitted to upload limits). Every way
 * out of the library (the popup through the background, the library page) goes through here, so each
 * pack's export entry, language and file name are made the same way. Nothing is logged here: the caller
 * saves the blob and then hands `seal` to recordExport, so an export that fails leaves no entry.
 */
export async function exportCase(
  db: OrderProofDB,
  caseId: string,
  choice: PackChoice | undefined,
  options: ExportCaseOptions,
): Promise<CaseExport> {
  const checked = choice === undefined ? undefined : packChoiceSchema.parse(choice);
  const lang = options.lang ?? (await exportLanguage(db));
  const pack = await buildPackBlob(db, caseId, {
    lang,
    generatorVersion: options.version,
    exportDetails: { format: 'zip', language: lang, ...packChoiceDetails(checked) },
    ...packChoiceOptions(checked),
    ...pick(options, ['now', 'pdf', 'loadFont', 'paintImage', 'encodeJpeg', 'onProgress']),
  });
  return {
    blob: pack.blob,
    filename: packChoiceFilename(pack.filename, checked),
    bytes: pack.blob.size,
    files: pack.fileCount,
    lang,
    head: pack.manifest.audit.head,
    seal: { exportEntry: pack.exportEntry, ...(pack.salt ? { salt: pack.salt } : {}) },
  };
}
