// The stages a pack is written in, each a function of what the stages before it produced:
// redact-plan → evidence → reports → verify.html (and upload copies) → manifest → after-manifest → SHA256SUMS.
// writePackInto (pack.ts) runs them in that order; each is unit-tested on its own.
import { chainHead, sealEntry } from '../audit/chain';
import type { OrderProofDB } from '../db/database';
import { auditLog, caseEvidence, readBlob, recordAudit } from '../db/store';
import type { AuditEntry, Case, Evidence } from '../schemas/records';
import { type Fit, fitForUpload, type JpegEncoder } from './fit';
import { commitment, COMMITMENT_SCHEME, maskedLog, newSalt } from './mask-log';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest, manifestSchema } from './manifest';
import { manifestFieldHashes, type PackBinding } from './pack-binding';
import { type PackWriter, WHOLE_FILE_BYTES } from './pack-writer';
import type { Attestations } from '../trust/attestations';
import {
  type FilePlan,
  type ImagePainter,
  planRedaction,
  redactionDetails,
  redactJson,
  type RedactionCounts,
  type RedactOptions,
  redactPlainText,
} from './redact-pack';
import type { ReportInput, ReportLang } from './report-input';
import type { PdfReportInput } from './report-pdf';
import type { MadePdf } from './report-pdf-job';
import { budgetedPictures, PDF_IMAGE_BUDGET } from './report-pictures';
import { renderVerifyHtml } from './verify-html';
import { SpanTotal, timed } from '../stage-time';

const enc = new TextEncoder();

/** What the redact-plan stage settles: the case, its items as this pack shows them, and the log it carries. */
export interface PackPlan {
  case: Case;
  /** The items as the pack shows them (text and order facts masked in a masked pack). */
  items: Evidence[];
  /** What a masked pack does with each stored file, by hash (empty otherwise). */
  plans: Map<string, FilePlan>;
  /** A masked pack's commitment salt. */
  salt?: string;
  /** The log the pack carries: the library's, or a masked pack's sealed copy of it. */
  audit: AuditEntry[];
}

/** Stage 1: reads the case and, for a masked pack, plans what is masked and logs the 'redact' entry. */
export async function redactPlanStage(
  db: OrderProofDB,
  caseId: string,
  options: { redact?: RedactOptions; paintImage?: ImagePainter },
): Promise<PackPlan> {
  const c = await db.cases.get(caseId);
  if (!c) throw new Error(`No case ${caseId}`);
  const caseItems = await caseEvidence(db, caseId);
  const plans = new Map<string, FilePlan>();
  if (!options.redact) return { case: c, items: caseItems, plans, audit: await auditLog(db, caseId) };
  const salt = newSalt();
  // Areas the user marked on the pictures, unless the caller names its own.
  const marked = Object.fromEntries(
    caseItems.flatMap((i) =>
      i.redactionBoxes?.length && !i.deletedAt
        ? i.files.filter((f) => f.mime.startsWith('image/')).map((f) => [f.sha256, i.redactionBoxes!])
        : [],
    ),
  );
  const redact =
    options.redact.boxes || !Object.keys(marked).length ? options.redact : { ...options.redact, boxes: marked };
  for (const [sha, plan] of await planRedaction(db, caseItems, redact, options.paintImage)) plans.set(sha, plan);
  const recordCounts: RedactionCounts = {};
  const items = caseItems.map((item) => {
    if (!redact.text) return item;
    const masked = { ...item };
    if (item.text !== undefined) masked.text = redactPlainText(item.text, recordCounts);
    if (item.order) masked.order = redactJson(item.order, recordCounts) as typeof item.order;
    return masked;
  });
  await recordAudit(db, caseId, 'redact', { ...redactionDetails(plans, redact), records: recordCounts });
  // Originals a masked pack must not name: every file it masks or leaves out.
  const secrets = new Set([...plans].filter(([, p]) => p.action !== 'keep').map(([sha]) => sha));
  return { case: c, items, plans, salt, audit: maskedLog(await auditLog(db, caseId), secrets, salt) };
}

/** What the evidence stage wrote, for the reports and the manifest. */
export interface WrittenEvidence {
  /** Each item with its files as they are in this pack (masked copies under their own hashes), and their paths. */
  reportEvidence: { item: Evidence; paths: string[] }[];
  manifestEvidence: Manifest['evidence'];
  omitted: { path: string; reason: string }[];
  /** Pictures report.pdf may show, by pack path: the stored original's hash, or the masked copy itself. */
  images: Map<string, string | Blob>;
  /**
   * The bytes of the pictures report.pdf will take (the first that fit its budget, as it takes them), kept
   * from when they were written, so the PDF does not read them from IndexedDB a second time.
   */
  imageBytes: Map<string, Uint8Array>;
}

const SAFE_NAME = /[^\p{L}\p{N}._-]+/gu;

export function safeName(s: string): string {
  return (
    s
      .replace(SAFE_NAME, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'file'
  );
}

/** Reads ahead: this many stored files are being read from IndexedDB while the current one is written. */
const READ_AHEAD_FILES = 4;
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

/** One file the evidence stage writes: a stored original (read by hash) or a masked copy made in memory. */
export type FileWrite = { path: string; mime: string; evidenceId: string } & (
  { sha256: string; size: number; name: string; title: string } | { data: Blob }
);
type FileJob = Extract<FileWrite, { sha256: string }>;

/** What the evidence stage will write and list, settled from the plan alone (nothing is read yet). */
export interface EvidenceLayout extends Omit<WrittenEvidence, 'imageBytes'> {
  /** The files to write, in order. */
  writes: FileWrite[];
}

/** Stored files' Blobs are looked up this many at a time: one IndexedDB read for many handles, not one each. */
const LOOKUP_BATCH = 32;

/**
 * Reads stored files in order with a few reads in flight, so IndexedDB and the disk work while the
 * file before is hashed and written. Only small files are read ahead whole; big ones stream when written.
 */
function readAhead(
  db: OrderProofDB,
  jobs: readonly FileJob[],
): (i: number) => { blob: Promise<Blob | undefined>; bytes?: Promise<ArrayBuffer> } {
  const batches = new Map<number, Promise<(Blob | undefined)[]>>();
  const lookup = (i: number): Promise<Blob | undefined> => {
    const b = Math.floor(i / LOOKUP_BATCH);
    let batch = batches.get(b);
    if (!batch) {
      batches.delete(b - 1);
      const shas = jobs.slice(b * LOOKUP_BATCH, (b + 1) * LOOKUP_BATCH).map((j) => j.sha256);
      batch = db.blobs.bulkGet(shas).then((records) => records.map((r) => r?.data));
      batches.set(b, batch);
    }
    return batch.then((blobs) => blobs[i - b * LOOKUP_BATCH]);
  };
  const started = new Map<number, { blob: Promise<Blob | undefined>; bytes?: Promise<ArrayBuffer> }>();
  const start = (i: number) => {
    const job = jobs[i]!;
    const blob = lookup(i);
    const small = job.size <= READ_AHEAD_BYTES / READ_AHEAD_FILES;
    const read = { blob, ...(small ? { bytes: blob.then((b) => (b ? b.arrayBuffer() : new ArrayBuffer(0))) } : {}) };
    // A read that fails is reported when its file is written, not as an unhandled rejection now.
    read.bytes?.catch(() => undefined);
    started.set(i, read);
  };
  return (i) => {
    for (let j = i; j < Math.min(jobs.length, i + READ_AHEAD_FILES); j++) if (!started.has(j)) start(j);
    const read = started.get(i)!;
    started.delete(i);
    return read;
  };
}

const isPicture = (mime: string) => mime === 'image/png' || mime === 'image/jpeg';

/**
 * Where each file of the pack goes and how the manifest and the reports list it: a function of the plan,
 * so report.pdf can be laid out (in a worker) while the evidence stage writes the files.
 */
export function evidenceLayout(plan: PackPlan): EvidenceLayout {
  const { items, plans, salt } = plan;
  const out: EvidenceLayout = { reportEvidence: [], manifestEvidence: [], omitted: [], images: new Map(), writes: [] };
  const planOf = (item: Evidence, sha256: string) => (item.deletedAt || !salt ? undefined : plans.get(sha256));
  for (const [i, item] of items.entries()) {
    const folder = `evidence/${String(i + 1).padStart(3, '0')}-${item.kind}`;
    const paths: string[] = [];
    const manifestFiles: Manifest['evidence'][number]['files'] = [];
    const reportFiles: typeof item.files = [];
    for (const f of item.files) {
      const path = `${folder}/${safeName(f.name)}`;
      const filePlan = planOf(item, f.sha256);
      if (filePlan?.action === 'omit' && salt) {
        // Neither this pack nor its reports name the original's hash: a guess could be confirmed with it.
        out.omitted.push({ path, reason: filePlan.reason });
        manifestFiles.push({ name: f.name, mime: f.mime, size: f.size, committedFrom: commitment(salt, f.sha256) });
        reportFiles.push({ ...f, sha256: '—' });
      } else if (filePlan?.action === 'replace' && salt) {
        out.writes.push({ path, mime: f.mime, evidenceId: item.id, data: filePlan.data });
        if (isPicture(f.mime)) out.images.set(path, filePlan.data);
        paths.push(path);
        manifestFiles.push({
          path,
          name: f.name,
          mime: f.mime,
          size: filePlan.size,
          sha256: filePlan.sha256,
          committedFrom: commitment(salt, f.sha256),
        });
        reportFiles.push({ ...f, size: filePlan.size, sha256: filePlan.sha256 });
      } else if (!item.deletedAt) {
        out.writes.push({
          path,
          mime: f.mime,
          evidenceId: item.id,
          sha256: f.sha256,
          size: f.size,
          name: f.name,
          title: item.title,
        });
        if (isPicture(f.mime)) out.images.set(path, f.sha256);
        paths.push(path);
        manifestFiles.push({ path, name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 });
        reportFiles.push(f);
      } else {
        manifestFiles.push({ name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 });
        reportFiles.push(f);
      }
    }
    // The reports list the files as they are in this pack (masked copies under their own hashes).
    out.reportEvidence.push({ item: { ...item, files: reportFiles }, paths });
    out.manifestEvidence.push({
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
  return out;
}

/**
 * Stage 2: every evidence file, under evidence/NNN-kind/, hashed as it is written. `keepPictures: false`
 * when report.pdf reads its pictures itself (in a worker): nothing is then kept for it here.
 */
export async function evidenceStage(
  w: PackWriter,
  db: OrderProofDB,
  plan: PackPlan,
  {
    layout = evidenceLayout(plan),
    keepPictures = true,
    onPicture,
  }: {
    layout?: EvidenceLayout;
    keepPictures?: boolean;
    /** Each picture as it is written: its bytes when they were read whole (the report worker takes them). */
    onPicture?: (path: string, bytes: Uint8Array | undefined) => void;
  } = {},
): Promise<WrittenEvidence> {
  const { writes, ...listed } = layout;
  const out: WrittenEvidence = { ...listed, imageBytes: new Map() };
  let keepBudget = keepPictures ? PDF_IMAGE_BUDGET : 0;
  const jobs = writes.filter((f): f is FileJob => 'sha256' in f);
  const read = readAhead(db, jobs);
  const waited = new SpanTotal('pack:evidence:read-wait');
  const written = new SpanTotal('pack:evidence:hash-and-zip');
  let job = 0;
  for (const f of writes) {
    if ('data' in f) {
      const bytes = f.data.size <= WHOLE_FILE_BYTES ? f.data.arrayBuffer() : undefined;
      await w.addBlob(f.path, f.data, f.mime, f.evidenceId, bytes);
      if (isPicture(f.mime)) onPicture?.(f.path, bytes && new Uint8Array(await bytes));
      continue;
    }
    const { blob: pending, bytes } = read(job++);
    const blob = await waited.add(pending);
    if (!blob) throw new Error(`The file ${f.name} of "${f.title}" is missing from the store`);
    const whole = bytes ? await waited.add(bytes) : undefined;
    await written.add(() => w.addBlob(f.path, blob, f.mime, f.evidenceId, bytes));
    if (isPicture(f.mime)) onPicture?.(f.path, whole && new Uint8Array(whole));
    // The same rule as reportsStage's budget, in the same order: these are the pictures it will ask for.
    if (isPicture(f.mime) && whole && whole.byteLength <= keepBudget && !out.imageBytes.has(f.path)) {
      keepBudget -= whole.byteLength;
      out.imageBytes.set(f.path, new Uint8Array(whole));
    }
  }
  waited.record();
  written.record();
  return out;
}

/** report.pdf, or why the pack has none. */
export type PdfMaker = (input: PdfReportInput) => Promise<Uint8Array | MadePdf | string>;

/** What both reports are made from. */
export function reportInputOf(
  plan: PackPlan,
  evidence: Pick<WrittenEvidence, 'reportEvidence'>,
  lang: ReportLang,
  generatedAt: string,
): ReportInput {
  return {
    case: plan.case,
    evidence: evidence.reportEvidence,
    audit: plan.audit,
    auditHead: chainHead(plan.audit),
    generatedAt,
    lang,
  };
}

let reportHtmlCode: Promise<typeof import('./report-html')> | undefined;

/**
 * report.html's code (with the rules and their data, for its guidance), loaded on first use: the offscreen
 * document starts without it, and a pack asks for it at its start (preloadReportHtml) to have it by stage 3.
 */
export function preloadReportHtml(): Promise<typeof import('./report-html')> {
  reportHtmlCode ??= import('./report-html');
  // A failed load is tried again by the next pack, not remembered.
  reportHtmlCode.catch(() => (reportHtmlCode = undefined));
  return reportHtmlCode;
}

/** Stage 3: case.json, report.html and report.pdf (or the reason it is left out, under `omitted`). */
export async function reportsStage(
  w: PackWriter,
  db: OrderProofDB,
  plan: PackPlan,
  evidence: WrittenEvidence,
  lang: ReportLang,
  generatedAt: string,
  makePdf: PdfMaker,
): Promise<{ pdf?: Uint8Array }> {
  await w.addBytes('case.json', enc.encode(JSON.stringify(plan.case, null, 2)), 'application/json');
  const reportInput = reportInputOf(plan, evidence, lang, generatedAt);
  const { renderReportHtml } = await timed('pack:reports:html-code', preloadReportHtml);
  await timed('pack:reports:html', () =>
    w.addBytes('report.html', enc.encode(renderReportHtml(reportInput)), 'text/html'),
  );
  const imageReads = new SpanTotal('pack:reports:pdf-image-reads');
  // Bytes the evidence stage kept are used once and let go; others are read from the store.
  const budgeted = budgetedPictures(async (path) => {
    const kept = evidence.imageBytes.get(path);
    evidence.imageBytes.delete(path);
    const ref = evidence.images.get(path);
    return kept ?? (typeof ref === 'string' ? await readBlob(db, ref) : ref);
  });
  let asked = false;
  const loadImage = (path: string): Promise<Uint8Array | undefined> => {
    asked = true;
    return imageReads.add(() => budgeted(path));
  };
  const pdf = await makePdf({ ...reportInput, loadImage });
  // A PDF made in the report worker read its pictures there: its own figure came back with it.
  if (asked) imageReads.record();
  if (typeof pdf === 'string') {
    evidence.omitted.push({ path: 'report.pdf', reason: pdf });
    return {};
  }
  if (pdf instanceof Uint8Array) {
    await timed('pack:reports:pdf-write', () => w.addBytes('report.pdf', pdf, 'application/pdf'));
    return { pdf };
  }
  // Made and hashed in the report worker, with a Blob of it that refers to the stored pictures it holds.
  await timed('pack:reports:pdf-write', () =>
    w.addHashed('report.pdf', { bytes: pdf.pdf, sha256: pdf.sha256, crc: pdf.crc, blob: pdf.blob }, 'application/pdf'),
  );
  return { pdf: pdf.pdf };
}

/** Stage 4: the offline checker, and the copies sized for upload when asked for. */
export async function verifyPageStage(
  w: PackWriter,
  db: OrderProofDB,
  lang: ReportLang,
  evidence: WrittenEvidence,
  pdf: Uint8Array | undefined,
  options: { fitTo?: Fit; encodeJpeg?: JpegEncoder },
): Promise<Manifest['upload']> {
  await w.addBytes('verify.html', enc.encode(renderVerifyHtml(lang)), 'text/html');
  if (!options.fitTo) return undefined;
  const fitted = await fitForUpload(
    options.fitTo,
    {
      ...(pdf ? { pdf } : {}),
      images: [...evidence.images.entries()].map(([path, ref]) => ({
        path,
        read: async () => (typeof ref === 'string' ? readBlob(db, ref) : ref),
      })),
      lang,
    },
    options.encodeJpeg,
  );
  for (const f of fitted.files) await w.addBytes(f.path, f.bytes, f.mime);
  return {
    limits: options.fitTo,
    files: fitted.files.map((f) => ({ path: f.path, from: f.from })),
    notes: fitted.notes,
  };
}

/** The sealed pack: its manifest as written, and the export entry that binds every file before it. */
export interface SealedPack {
  manifest: Manifest;
  manifestBytes: Uint8Array;
  manifestSha256: string;
  exportEntry: AuditEntry;
}

/** Stage 5: seals the export entry over every file written so far and the manifest's fields, and writes manifest.json. */
export async function manifestStage(
  w: PackWriter,
  plan: PackPlan,
  evidence: WrittenEvidence,
  upload: Manifest['upload'],
  meta: {
    now: Date;
    generatorVersion: string;
    exportDetails?: Record<string, unknown>;
    inBackup: boolean;
    attestations?: Attestations;
  },
): Promise<SealedPack> {
  const head = chainHead(plan.audit);
  const files = [...w.files];
  const body = manifestSchema.parse({
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    generatedAt: meta.now.toISOString(),
    generator: { name: 'OrderProof', version: meta.generatorVersion },
    case: plan.case,
    evidence: evidence.manifestEvidence,
    files,
    audit: { entries: plan.audit, head },
    ...(evidence.omitted.length ? { omitted: evidence.omitted } : {}),
    ...(upload ? { upload } : {}),
    ...(plan.salt ? { masking: { commitment: COMMITMENT_SCHEME } } : {}),
  });
  // The export entry comes last and binds everything: each file, and each manifest field as a
  // verifier will read it back from JSON (so hashed from that very form).
  const binding: PackBinding = {
    files: files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
    manifest: manifestFieldHashes(JSON.parse(JSON.stringify(body)) as Record<string, unknown>),
  };
  const last = plan.audit.at(-1);
  const exportEntry = sealEntry({
    seq: last ? last.seq + 1 : 0,
    caseId: plan.case.id,
    at: meta.now.getTime(),
    action: 'export',
    // A pack inside a backup says so: restoring it keeps this entry, an honest record of the backup.
    details: JSON.parse(
      JSON.stringify({
        format: 'zip',
        ...(meta.inBackup ? { backup: true } : {}),
        ...meta.exportDetails,
        pack: binding,
      }),
    ) as Record<string, unknown>,
    prevHash: head,
  });
  // The attestations (the installation key's fingerprint) stay outside the export entry's binding: they
  // describe files made over manifest.json itself.
  const manifest: Manifest = {
    ...body,
    audit: { entries: [...plan.audit, exportEntry], head: exportEntry.hash },
    ...(meta.attestations ? { attestations: meta.attestations } : {}),
  };
  const manifestBytes = enc.encode(JSON.stringify(manifest, null, 2));
  const manifestSha256 = await w.addBytes('manifest.json', manifestBytes, 'application/json', undefined, true);
  return { manifest, manifestBytes, manifestSha256, exportEntry };
}

/**
 * Stage 6: SHA256SUMS, in the format `sha256sum -c` reads: every listed file, then manifest.json. The
 * signature and time-stamp files written after it (utils/trust/pack-trust.ts) are made over manifest.json
 * and checked against it, not listed here.
 */
export async function sumsStage(w: PackWriter, sealed: SealedPack): Promise<void> {
  const lines = [...w.files.map((f) => [f.sha256, f.path] as const), [sealed.manifestSha256, 'manifest.json'] as const];
  await w.addBytes(
    'SHA256SUMS',
    enc.encode(lines.map(([h, p]) => `${h}  ${p}\n`).join('')),
    'text/plain',
    undefined,
    true,
  );
}
