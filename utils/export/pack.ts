import { Zip } from 'fflate';
import type { OrderProofDB } from '../db/database';
import type { Manifest } from './manifest';
import type { ReportLang } from './report-input';
import type { Fit, JpegEncoder } from './fit';
import type { PdfReportInput } from './report-pdf';
import type { ImagePainter, RedactOptions } from './redact-pack';
import type { AuditEntry } from '../schemas/records';
import { countEntries, Zip32Budget } from './zip-limits';
import { blobBehind, type PackProgress, PackWriter } from './pack-writer';
import {
  evidenceLayout,
  evidenceStage,
  manifestStage,
  preloadReportHtml,
  redactPlanStage,
  reportInputOf,
  reportsStage,
  safeName,
  sumsStage,
  verifyPageStage,
  type WrittenEvidence,
} from './pack-stages';
import { reportPdfInWorker } from './report-pdf-worker';
import { errorText } from '../error-text';
import { timed } from '../stage-time';

export interface BuiltPack {
  bytes: Uint8Array;
  filename: string;
  manifest: Manifest;
  /** Number of files in the ZIP. */
  fileCount: number;
  exportEntry: AuditEntry;
  salt?: string;
}

export interface PackOptions {
  lang?: ReportLang;
  now?: Date;
  generatorVersion?: string;
  /**
   * Reads the TrueType CJK font report.pdf is set in. By default the font bundled with the
   * extension, fetched only now; tests and Node scripts pass one read from disk.
   */
  loadFont?: () => Promise<Uint8Array>;
  /** false leaves report.pdf out (recorded under `omitted`), e.g. in a backup of every case. */
  pdf?: boolean;
  /**
   * A copy for sharing: personal data masked in text files, records and the reports, boxes painted on
   * the screenshots named by hash. The manifest names each original only by a salted commitment
   * (`committedFrom`, see mask-log.ts), and the case's log gets a 'redact' entry, written before the
   * pack so the pack's (masked) log holds it.
   */
  redact?: RedactOptions;
  /** Paints boxes on a picture; a canvas (OffscreenCanvas) by default, replaceable where there is none. */
  paintImage?: ImagePainter;
  /** Adds upload/ copies fitted to a platform's limits (JPEG pictures, PDF size, file count); originals stay. */
  fitTo?: Fit;
  /** Re-encodes pictures for `fitTo`; a canvas by default, replaceable where there is none. */
  encodeJpeg?: JpegEncoder;
  /** What the pack's export entry says besides the files it binds (format, language, the user's choices). */
  exportDetails?: Record<string, unknown>;
}

export type StreamPackOptions = PackOptions & { onProgress?: (p: PackProgress) => void };

/**
 * WXT builds the background script as one file with every import inlined (a bundled font would be
 * 14 MB of base64 in it), while extension pages get the font as a file of its own. So pages import
 * the font's URL; the background reads it from a fixed path the build copies it to.
 */
const IN_BACKGROUND = import.meta.env.ENTRYPOINT === 'background';
export const BACKGROUND_FONT_PATH = '/fonts/NotoSansSC-Regular.ttf';

async function loadBundledFont(): Promise<Uint8Array> {
  if (IN_BACKGROUND) {
    const res = await fetch(new URL(BACKGROUND_FONT_PATH, globalThis.location.href));
    if (!res.ok) throw new Error(`the report font is missing from the extension (${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  }
  return (await import('./cjk-font')).loadCjkFont();
}

/** Why a pack has no report.pdf whatever happens, if it has none. */
function noPdf(options: PackOptions): string | undefined {
  if (options.pdf === false) return 'left out on request (backup)';
  // Chrome's worker hands pack building to the offscreen document; it never needs pdf-lib itself.
  if (IN_BACKGROUND && import.meta.env.CHROME) return 'PDF reports are made in the offscreen document';
  return undefined;
}

const loadFont = (options: PackOptions) =>
  timed('pack:reports:pdf-render:font-load', () => (options.loadFont ?? loadBundledFont)());

/** report.pdf made on this thread, or why it could not be made: the evidence and report.html still make a valid pack. */
async function reportPdf(input: PdfReportInput, options: PackOptions): Promise<Uint8Array | string> {
  const none = noPdf(options);
  if (none) return none;
  // Never true here (noPdf said so), but a constant the build reads: Chrome's background bundle holds no pdf-lib.
  if (IN_BACKGROUND && import.meta.env.CHROME) return 'unreachable';
  try {
    const font = await loadFont(options);
    const { renderReportPdf } = await import('./report-pdf');
    return await renderReportPdf(input, font);
  } catch (err) {
    return errorText(err);
  }
}

export { level, type PackProgress } from './pack-writer';
export { safeName };

export function packFilename(c: { platform: string; orderRef?: string; id: string }, now: Date): string {
  const date = now.toISOString().slice(0, 10);
  return `OrderProof_${safeName(c.platform)}_${safeName(c.orderRef ?? c.id.slice(0, 8))}_${date}.zip`;
}

/** What writing a pack produced, besides the ZIP bytes themselves. */
export interface WrittenPack {
  filename: string;
  manifest: Manifest;
  /** Number of files in the ZIP. */
  fileCount: number;
  /** SHA-256 of manifest.json as written (a backup's index records it). */
  manifestSha256: string;
  /**
   * The pack's last log entry, sealed after every other file: it binds them all. Only in the pack so
   * far; recordExport adds it to the library once the file is saved (an export that fails logs nothing).
   */
  exportEntry: AuditEntry;
  /** A masked pack's commitment salt: the library keeps it (in its export entry), the pack never does. */
  salt?: string;
}

/**
 * Writes one pack's files into a streaming ZIP (under `prefix`, for a backup holding many packs), in
 * stages (pack-stages.ts): redact-plan → evidence → reports → verify.html and upload copies →
 * manifest.json → after-manifest files → SHA256SUMS. Each evidence file is read from IndexedDB (a few
 * ahead), hashed and handed to the ZIP one at a time, so nothing holds more than a few files in hand.
 */
export async function writePackInto(
  zip: Zip,
  db: OrderProofDB,
  caseId: string,
  options: StreamPackOptions = {},
  prefix = '',
): Promise<WrittenPack> {
  const now = options.now ?? new Date();
  const lang = options.lang ?? 'en';
  // Code the later stages need (report.html with the rules' data; the signature's), loaded meanwhile: the
  // offscreen document starts without it, so it is ready sooner on the export button's hover.
  preloadReportHtml().catch(() => undefined);
  const trustCode = import('../trust/pack-trust');
  trustCode.catch(() => undefined);
  const plan = await timed('pack:plan', () => redactPlanStage(db, caseId, options));
  const live = plan.items.filter((i) => !i.deletedAt);
  const w = new PackWriter(
    zip,
    prefix,
    now,
    {
      // The evidence, case.json, the two reports, verify.html, manifest.json, SHA256SUMS, its signature and key.
      filesTotal: live.reduce((n, i) => n + i.files.length, 0) + 8,
      bytesTotal: live.reduce((n, i) => n + i.files.reduce((m, f) => m + f.size, 0), 0),
    },
    options.onProgress,
  );
  const generatedAt = now.toISOString();
  const layout = evidenceLayout(plan);
  // report.pdf is laid out in a worker, on the other core, while this thread writes the evidence; where no
  // worker can make it, it is made here after the evidence, as before (same bytes either way).
  // Not in a background script: it is one file, and the worker's whole bundle would be inlined into it.
  const early =
    IN_BACKGROUND || noPdf(options)
      ? undefined
      : reportPdfInWorker(db, reportInputOf(plan, layout, lang, generatedAt), layout.images, async () =>
          options.loadFont ? loadFont(options) : (await import('./cjk-font')).cjkFontUrl(),
        );
  let evidence: WrittenEvidence;
  try {
    evidence = await timed('pack:evidence', () =>
      evidenceStage(w, db, plan, {
        layout,
        keepPictures: !early,
        ...(early ? { onPicture: early.offer } : {}),
      }),
    );
    early?.offersDone();
  } catch (err) {
    early?.stop();
    throw err;
  }
  const { pdf } = await timed('pack:reports', () =>
    reportsStage(w, db, plan, evidence, lang, generatedAt, async (input) => {
      const made = early && (await timed('pack:reports:pdf-wait', () => early.pdf));
      return made ?? timed('pack:reports:pdf-render', () => reportPdf(input, options));
    }),
  );
  const upload = await timed('pack:verify-page', () => verifyPageStage(w, db, lang, evidence, pdf, options));
  const { packAttestations, packTrustFiles } = await timed('pack:trust-code', () => trustCode);
  const sealed = await timed('pack:manifest', async () =>
    manifestStage(w, plan, evidence, upload, {
      now,
      generatorVersion: options.generatorVersion ?? '0.0.0',
      ...(options.exportDetails ? { exportDetails: options.exportDetails } : {}),
      inBackup: Boolean(prefix),
      ...(await packAttestations(db)),
    }),
  );
  await sumsStage(w, sealed);
  // Signature (and trusted timestamps) over manifest.json as written, outside SHA256SUMS: utils/trust/pack-trust.ts.
  const trust = await timed('pack:trust', () => packTrustFiles(db, sealed.manifestBytes, sealed.manifest));
  for (const f of trust) await w.addBytes(f.path, f.bytes, f.mime, undefined, true);
  return {
    filename: packFilename(plan.case, now),
    manifest: sealed.manifest,
    fileCount: w.files.length + 2 + trust.length,
    manifestSha256: sealed.manifestSha256,
    exportEntry: sealed.exportEntry,
    ...(plan.salt ? { salt: plan.salt } : {}),
  };
}

/** A streaming ZIP whose output goes to `sink` chunk by chunk; `done` settles once the archive is complete. */
export function zipStream(sink: (chunk: Uint8Array) => void): { zip: Zip; done: Promise<void> } {
  let settle: { resolve: () => void; reject: (err: Error) => void } | undefined;
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // No ZIP64: an archive past 4 GiB or 65 534 entries is refused while it is built, never written corrupt.
  const budget = new Zip32Budget();
  const zip = new Zip((err, chunk, final) => {
    if (err) return settle?.reject(err);
    budget.addBytes(chunk.byteLength);
    sink(chunk);
    if (final) settle?.resolve();
  });
  return { zip: countEntries(zip, budget), done };
}

/** Parts are merged into Blobs as they come, so the browser can move them out of the JS heap (to disk if it must). */
const BLOB_PART_BYTES = 8 * 1024 * 1024;

/**
 * Collects streamed ZIP chunks into one Blob without ever joining them into one array. A chunk that is
 * a stored file's bytes goes in as the Blob they were read from (blobBehind): not copied, not held twice.
 */
export function blobSink(): { sink: (chunk: Uint8Array) => void; blob: () => Blob } {
  const parts: Blob[] = [];
  let pending: (Uint8Array<ArrayBuffer> | Blob)[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length) parts.push(new Blob(pending));
    pending = [];
    pendingBytes = 0;
  };
  return {
    sink: (chunk) => {
      const from = blobBehind(chunk);
      if (from?.size === chunk.byteLength) {
        pending.push(from);
        return;
      }
      pending.push(chunk as Uint8Array<ArrayBuffer>);
      pendingBytes += chunk.byteLength;
      if (pendingBytes >= BLOB_PART_BYTES) flush();
    },
    blob: () => {
      flush();
      return new Blob(parts, { type: 'application/zip' });
    },
  };
}

/** The pack as a Blob, built from the ZIP's chunks as they are made: for saving to downloads. */
export async function buildPackBlob(
  db: OrderProofDB,
  caseId: string,
  options: StreamPackOptions = {},
): Promise<WrittenPack & { blob: Blob }> {
  const out = blobSink();
  const { zip, done } = zipStream(out.sink);
  const written = await writePackInto(zip, db, caseId, options);
  zip.end();
  await done;
  return { ...written, blob: out.blob() };
}

/**
 * The evidence pack: originals under evidence/, a readable report, manifest.json (every file's path,
 * size and SHA-256, capture metadata, the audit log and its head) and SHA256SUMS for `sha256sum -c`.
 * Collected in memory, for callers that want the bytes; downloads use buildPackBlob.
 */
export async function buildPack(db: OrderProofDB, caseId: string, options: StreamPackOptions = {}): Promise<BuiltPack> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const { zip, done } = zipStream((chunk) => {
    chunks.push(chunk);
    size += chunk.byteLength;
  });
  const written = await writePackInto(zip, db, caseId, options);
  zip.end();
  await done;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks.splice(0)) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return {
    bytes,
    filename: written.filename,
    manifest: written.manifest,
    fileCount: written.fileCount,
    exportEntry: written.exportEntry,
    ...(written.salt ? { salt: written.salt } : {}),
  };
}
