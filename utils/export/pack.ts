import { sha256 as sha256Stream } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { chainHead, sealEntry } from '../audit/chain';
import type { OrderProofDB } from '../db/database';
import { auditLog, caseEvidence, readBlob, recordAudit } from '../db/store';
import { sha256Hex } from '../hash';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest, manifestSchema, type PackFile } from './manifest';
import { type Fit, fitForUpload, type JpegEncoder } from './fit';
import { renderReportHtml } from './report-html';
import type { PdfReportInput } from './report-pdf';
import { type FilePlan, type ImagePainter, planRedaction, redactionDetails, redactJson, type RedactionCounts, type RedactOptions, redactPlainText } from './redact-pack';
import { renderVerifyHtml } from './verify-html';
import { commitment, COMMITMENT_SCHEME, maskedLog, newSalt } from './mask-log';
import { manifestFieldHashes, type PackBinding } from './pack-binding';
import type { AuditEntry } from '../schemas/records';
import { countEntries, Zip32Budget } from './zip-limits';
import { packAttestations, packTrustFiles } from '../trust/pack-trust';

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
  lang?: 'en' | 'zh';
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

/** report.pdf, or why it could not be made: the evidence and report.html still make a valid pack. */
async function reportPdf(input: PdfReportInput, options: PackOptions): Promise<Uint8Array | string> {
  // Chrome's worker hands pack building to the offscreen document; it never needs pdf-lib itself.
  if (options.pdf === false) return 'left out on request (backup)';
  if (IN_BACKGROUND && import.meta.env.CHROME) return 'PDF reports are made in the offscreen document';
  try {
    const font = await (options.loadFont ?? loadBundledFont)();
    const { renderReportPdf } = await import('./report-pdf');
    return await renderReportPdf(input, font);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

const EXT_BY_KIND_SAFE = /[^\p{L}\p{N}._-]+/gu;

function safeName(s: string): string {
  return s.replace(EXT_BY_KIND_SAFE, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'file';
}

/** Already-compressed formats are stored as they are: deflating them again costs time for nothing. */
export function level(mime: string): 0 | 6 {
  return /^(image\/(png|jpeg|webp|gif)|video\/|audio\/|application\/zip)/.test(mime) ? 0 : 6;
}

export function packFilename(c: { platform: string; orderRef?: string; id: string }, now: Date): string {
  const date = now.toISOString().slice(0, 10);
  return `OrderProof_${safeName(c.platform)}_${safeName(c.orderRef ?? c.id.slice(0, 8))}_${date}.zip`;
}

/** How far a pack has got: files written of those it will hold, and evidence bytes read of the total. */
export interface PackProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
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

/** Files read whole and hashed with WebCrypto; bigger ones are read and hashed in slices. */
const WHOLE_FILE_BYTES = 16 * 1024 * 1024;
const SLICE_BYTES = 4 * 1024 * 1024;
/** Screenshots report.pdf shows at most, in bytes: beyond it the pictures are in the pack, not the PDF. */
const PDF_IMAGE_BUDGET = 32 * 1024 * 1024;

/**
 * Writes one pack's files into a streaming ZIP (under `prefix`, for a backup holding many packs).
 * Each evidence file is read from IndexedDB, hashed and handed to the ZIP one at a time, so nothing
 * holds more than the file in hand; report.pdf re-reads the few pictures it shows.
 */
export async function writePackInto(zip: Zip, db: OrderProofDB, caseId: string, options: PackOptions & { onProgress?: (p: PackProgress) => void } = {}, prefix = ''): Promise<WrittenPack> {
  const now = options.now ?? new Date();
  const c = await db.cases.get(caseId);
  if (!c) throw new Error(`No case ${caseId}`);
  const caseItems = await caseEvidence(db, caseId);
  const plans = new Map<string, FilePlan>();
  const salt = options.redact ? newSalt() : undefined;
  let items = caseItems;
  if (options.redact) {
    // Areas the user marked on the pictures, unless the caller names its own.
    const marked = Object.fromEntries(caseItems.flatMap((i) => (i.redactionBoxes?.length && !i.deletedAt ? i.files.filter((f) => f.mime.startsWith('image/')).map((f) => [f.sha256, i.redactionBoxes!]) : [])));
    const redact = options.redact.boxes || !Object.keys(marked).length ? options.redact : { ...options.redact, boxes: marked };
    for (const [sha, plan] of await planRedaction(db, caseItems, redact, options.paintImage)) plans.set(sha, plan);
    const recordCounts: RedactionCounts = {};
    items = caseItems.map((item) => {
      if (!redact.text) return item;
      const masked = { ...item };
      if (item.text !== undefined) masked.text = redactPlainText(item.text, recordCounts);
      if (item.order) masked.order = redactJson(item.order, recordCounts) as typeof item.order;
      return masked;
    });
    await recordAudit(db, caseId, 'redact', { ...redactionDetails(plans, redact), records: recordCounts });
  }
  const libraryAudit = await auditLog(db, caseId);
  // Originals a masked pack must not name: every file it masks or leaves out.
  const secrets = new Set([...plans].filter(([, p]) => p.action !== 'keep').map(([sha]) => sha));
  const audit = salt ? maskedLog(libraryAudit, secrets, salt) : libraryAudit;
  const files: PackFile[] = [];
  const enc = new TextEncoder();
  const live = items.filter((i) => !i.deletedAt);
  const progress: PackProgress = {
    filesDone: 0,
    // The evidence, case.json, the two reports, verify.html, manifest.json, SHA256SUMS, its signature and key.
    filesTotal: live.reduce((n, i) => n + i.files.length, 0) + 8,
    bytesDone: 0,
    bytesTotal: live.reduce((n, i) => n + i.files.reduce((m, f) => m + f.size, 0), 0),
  };
  const tick = (bytes: number, fileDone: boolean) => {
    progress.bytesDone += bytes;
    if (fileDone) progress.filesDone += 1;
    options.onProgress?.({ ...progress });
  };

  const entry = (path: string, mime: string) => {
    const e = level(mime) === 0 ? new ZipPassThrough(prefix + path) : new ZipDeflate(prefix + path, { level: 6 });
    e.mtime = now;
    zip.add(e);
    return e;
  };
  const addBytes = async (path: string, bytes: Uint8Array, mime: string, evidenceId?: string) => {
    const sha256 = await sha256Hex(bytes);
    entry(path, mime).push(bytes, true);
    files.push({ path, size: bytes.byteLength, sha256, mime, ...(evidenceId ? { evidenceId } : {}) });
    tick(0, true);
    return sha256;
  };
  const addBlob = async (path: string, blob: Blob, mime: string, evidenceId: string) => {
    if (blob.size <= WHOLE_FILE_BYTES) {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const sha256 = await sha256Hex(bytes);
      entry(path, mime).push(bytes, true);
      files.push({ path, size: bytes.byteLength, sha256, mime, evidenceId });
      tick(bytes.byteLength, true);
      return;
    }
    // WebCrypto cannot hash in parts: big files (videos) go through an incremental hash instead.
    const e = entry(path, mime);
    const hasher = sha256Stream.create();
    for (let at = 0; at < blob.size; at += SLICE_BYTES) {
      const slice = new Uint8Array(await blob.slice(at, at + SLICE_BYTES).arrayBuffer());
      hasher.update(slice);
      e.push(slice, at + SLICE_BYTES >= blob.size);
      tick(slice.byteLength, false);
    }
    files.push({ path, size: blob.size, sha256: bytesToHex(hasher.digest()), mime, evidenceId });
    tick(0, true);
  };

  const reportEvidence: { item: (typeof items)[number]; paths: string[] }[] = [];
  const manifestEvidence: Manifest['evidence'] = [];
  const omitted: { path: string; reason: string }[] = [];
  // Pictures report.pdf may show: the stored original's hash, or the masked copy itself.
  const images = new Map<string, string | Blob>();
  let n = 0;
  for (const item of items) {
    n += 1;
    const folder = `evidence/${String(n).padStart(3, '0')}-${item.kind}`;
    const paths: string[] = [];
    const manifestFiles: Manifest['evidence'][number]['files'] = [];
    const reportFiles: typeof item.files = [];
    for (const f of item.files) {
      const path = `${folder}/${safeName(f.name)}`;
      const plan = item.deletedAt ? undefined : plans.get(f.sha256);
      if (plan?.action === 'omit' && salt) {
        // Neither this pack nor its reports name the original's hash: a guess could be confirmed with it.
        omitted.push({ path, reason: plan.reason });
        manifestFiles.push({ name: f.name, mime: f.mime, size: f.size, committedFrom: commitment(salt, f.sha256) });
        reportFiles.push({ ...f, sha256: '—' });
      } else if (plan?.action === 'replace' && salt) {
        await addBlob(path, plan.data, f.mime, item.id);
        if (f.mime === 'image/png' || f.mime === 'image/jpeg') images.set(path, plan.data);
        paths.push(path);
        manifestFiles.push({ path, name: f.name, mime: f.mime, size: plan.size, sha256: plan.sha256, committedFrom: commitment(salt, f.sha256) });
        reportFiles.push({ ...f, size: plan.size, sha256: plan.sha256 });
      } else if (!item.deletedAt) {
        const blob = await readBlob(db, f.sha256);
        if (!blob) throw new Error(`The file ${f.name} of "${item.title}" is missing from the store`);
        await addBlob(path, blob, f.mime, item.id);
        if (f.mime === 'image/png' || f.mime === 'image/jpeg') images.set(path, f.sha256);
        paths.push(path);
        manifestFiles.push({ path, name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 });
        reportFiles.push(f);
      } else {
        manifestFiles.push({ name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 });
        reportFiles.push(f);
      }
    }
    // The reports list the files as they are in this pack (masked copies under their own hashes).
    reportEvidence.push({ item: { ...item, files: reportFiles }, paths });
    manifestEvidence.push({
      id: item.id,
      kind: item.kind,
      title: item.title,
      ...(item.sourceUrl ? { sourceUrl: item.sourceUrl } : {}),
      ...(item.pageTitle ? { pageTitle: item.pageTitle } : {}),
      capturedAt: new Date(item.capturedAt).toISOString(),
      capture: item.capture,
      files: manifestFiles,
      ...(item.deletedAt ? { deletedAt: new Date(item.deletedAt).toISOString() } : {}),
      ...(item.order ? { order: item.order } : {}),
      ...(item.text !== undefined ? { text: item.text } : {}),
    });
  }

  const head = chainHead(audit);
  const generatedAt = now.toISOString();
  await addBytes('case.json', enc.encode(JSON.stringify(c, null, 2)), 'application/json');
  const reportInput = { case: c, evidence: reportEvidence, audit, auditHead: head, generatedAt, lang: options.lang ?? 'en' } as const;
  await addBytes('report.html', enc.encode(renderReportHtml(reportInput)), 'text/html');
  let imageBudget = PDF_IMAGE_BUDGET;
  const loadImage = async (path: string): Promise<Uint8Array | undefined> => {
    const ref = images.get(path);
    const blob = typeof ref === 'string' ? await readBlob(db, ref) : ref;
    if (!blob || blob.size > imageBudget) return undefined;
    imageBudget -= blob.size;
    return new Uint8Array(await blob.arrayBuffer());
  };
  const pdf = await reportPdf({ ...reportInput, loadImage }, options);
  if (typeof pdf === 'string') omitted.push({ path: 'report.pdf', reason: pdf });
  else await addBytes('report.pdf', pdf, 'application/pdf');
  await addBytes('verify.html', enc.encode(renderVerifyHtml(options.lang ?? 'en')), 'text/html');
  let upload: Manifest['upload'];
  if (options.fitTo) {
    const fitted = await fitForUpload(
      options.fitTo,
      {
        ...(typeof pdf === 'string' ? {} : { pdf }),
        images: [...images.entries()].map(([path, ref]) => ({ path, read: async () => (typeof ref === 'string' ? readBlob(db, ref) : ref) })),
        lang: options.lang ?? 'en',
      },
      options.encodeJpeg,
    );
    for (const f of fitted.files) await addBytes(f.path, f.bytes, f.mime);
    upload = { limits: options.fitTo, files: fitted.files.map((f) => ({ path: f.path, from: f.from })), notes: fitted.notes };
  }

  const body = manifestSchema.parse({
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    generatedAt,
    generator: { name: 'OrderProof', version: options.generatorVersion ?? '0.0.0' },
    case: c,
    evidence: manifestEvidence,
    files,
    audit: { entries: audit, head },
    ...(omitted.length ? { omitted } : {}),
    ...(upload ? { upload } : {}),
    ...(salt ? { masking: { commitment: COMMITMENT_SCHEME } } : {}),
  });
  // The export entry comes last and binds everything: each file, and each manifest field as a
  // verifier will read it back from JSON (so hashed from that very form).
  const binding: PackBinding = {
    files: files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
    manifest: manifestFieldHashes(JSON.parse(JSON.stringify(body)) as Record<string, unknown>),
  };
  const last = audit.at(-1);
  const exportEntry = sealEntry({
    seq: last ? last.seq + 1 : 0,
    caseId,
    at: now.getTime(),
    action: 'export',
    // A pack inside a backup says so: restoring it keeps this entry, an honest record of the backup.
    details: JSON.parse(JSON.stringify({ format: 'zip', ...(prefix ? { backup: true } : {}), ...options.exportDetails, pack: binding })) as Record<string, unknown>,
    prevHash: head,
  });
  const manifest: Manifest = { ...body, audit: { entries: [...audit, exportEntry], head: exportEntry.hash }, ...(await packAttestations(db)) };
  const manifestBytes = enc.encode(JSON.stringify(manifest, null, 2));
  const manifestSha256 = await sha256Hex(manifestBytes);
  entry('manifest.json', 'application/json').push(manifestBytes, true);
  tick(0, true);
  const sums = [...files.map((f) => [f.sha256, f.path] as const), [manifestSha256, 'manifest.json'] as const].map(([h, p]) => `${h}  ${p}\n`).join('');
  entry('SHA256SUMS', 'text/plain').push(enc.encode(sums), true);
  tick(0, true);
  // Signature (and trusted timestamps) over manifest.json as written: utils/trust/pack-trust.ts.
  const trust = await packTrustFiles(db, manifestBytes, manifest.attestations);
  for (const f of trust) {
    entry(f.path, f.mime).push(f.bytes, true);
    tick(0, true);
  }
  return { filename: packFilename(c, now), manifest, fileCount: files.length + 2 + trust.length, manifestSha256, exportEntry, ...(salt ? { salt } : {}) };
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

/** Collects streamed ZIP chunks into one Blob without ever joining them into one array. */
export function blobSink(): { sink: (chunk: Uint8Array) => void; blob: () => Blob } {
  const parts: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length) parts.push(new Blob(pending));
    pending = [];
    pendingBytes = 0;
  };
  return {
    sink: (chunk) => {
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

export type StreamPackOptions = PackOptions & { onProgress?: (p: PackProgress) => void };

/** The pack as a Blob, built from the ZIP's chunks as they are made: for saving to downloads. */
export async function buildPackBlob(db: OrderProofDB, caseId: string, options: StreamPackOptions = {}): Promise<WrittenPack & { blob: Blob }> {
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
  return { bytes, filename: written.filename, manifest: written.manifest, fileCount: written.fileCount, exportEntry: written.exportEntry, ...(written.salt ? { salt: written.salt } : {}) };
}
