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
import type { PackWriter } from './pack-writer';
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
import { renderReportHtml } from './report-html';
import type { ReportLang } from './report-input';
import type { PdfReportInput } from './report-pdf';
import { renderVerifyHtml } from './verify-html';
import { SpanTotal, timed } from '../stage-time';
import { sha256Hex } from '../hash';

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

/** A picture report.pdf may show: what the pack holds at its path, and where to read it. */
export interface PackPicture {
  size: number;
  /** The hash the pack lists for it: report.pdf shows only bytes that hash to it. */
  sha256: string;
  /** The stored original's hash, or the masked copy itself. */
  ref: string | Blob;
}

/** What the evidence stage writes, for the reports and the manifest: all known before a byte is read. */
export interface WrittenEvidence {
  /** Each item with its files as they are in this pack (masked copies under their own hashes), and their paths. */
  reportEvidence: { item: Evidence; paths: string[] }[];
  manifestEvidence: Manifest['evidence'];
  omitted: { path: string; reason: string }[];
  /** Pictures report.pdf may show, by pack path. */
  images: Map<string, PackPicture>;
  /**
   * A picture's bytes for report.pdf, asked for in the order it shows them, within PDF_IMAGE_BUDGET (by
   * size, as asked). The first pictures that fit are kept from when the evidence stage wrote them (no
   * second read), and given only once their hash is the one the pack lists; a picture that is not is
   * left out (undefined). May be called while the evidence is still being written: it waits for it.
   */
  loadImage: (path: string) => Promise<Uint8Array | undefined>;
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

/** Stored files up to this size are read whole, ahead of their turn; bigger ones stream when written. */
const WHOLE_READ_BYTES = 16 * 1024 * 1024;
/**
 * Reads ahead: up to this many stored files are being read from IndexedDB while the current one is
 * written. Each read of a screenshot-sized file is mostly waiting (a get and a Blob read, each a round
 * trip to the browser process), so many run at once; READ_AHEAD_BYTES bounds what they hold.
 */
const READ_AHEAD_FILES = 16;
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

type FileJob = { path: string; sha256: string; size: number; mime: string; evidenceId: string };

/**
 * Reads stored files in order with a few reads in flight, so IndexedDB and the disk work while the
 * file before is hashed and written. Only small files are read ahead whole; big ones stream when written.
 */
function readAhead(
  db: OrderProofDB,
  jobs: readonly FileJob[],
): (i: number) => { blob: Promise<Blob | undefined>; bytes?: Promise<ArrayBuffer> } {
  const started = new Map<number, { blob: Promise<Blob | undefined>; bytes?: Promise<ArrayBuffer> }>();
  const start = (i: number) => {
    const job = jobs[i]!;
    const blob = readBlob(db, job.sha256);
    const small = job.size <= WHOLE_READ_BYTES;
    const read = { blob, ...(small ? { bytes: blob.then((b) => (b ? b.arrayBuffer() : new ArrayBuffer(0))) } : {}) };
    // A read that fails is reported when its file is written, not as an unhandled rejection now.
    read.bytes?.catch(() => undefined);
    started.set(i, read);
  };
  return (i) => {
    let inFlight = 0;
    for (let j = i; j < Math.min(jobs.length, i + READ_AHEAD_FILES); j++) {
      const size = jobs[j]!.size <= WHOLE_READ_BYTES ? jobs[j]!.size : 0;
      if (j > i && inFlight + size > READ_AHEAD_BYTES) break;
      inFlight += size;
      if (!started.has(j)) start(j);
    }
    const read = started.get(i)!;
    started.delete(i);
    return read;
  };
}

const isPicture = (mime: string) => mime === 'image/png' || mime === 'image/jpeg';

/** A promise settled from outside: a kept picture's bytes, given once written and checked. */
function deferred<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

/** What the evidence stage will write, laid out from the plan alone; `write` then writes it. */
function layOutEvidence(plan: PackPlan) {
  const { items, plans, salt } = plan;
  const out: Omit<WrittenEvidence, 'loadImage'> = {
    reportEvidence: [],
    manifestEvidence: [],
    omitted: [],
    images: new Map(),
  };
  // What is written, in order: a stored original (read from IndexedDB) or a masked copy (a Blob in hand).
  const writes: (
    | { kind: 'stored'; job: FileJob; name: string; title: string }
    | { kind: 'masked'; path: string; data: Blob; mime: string; evidenceId: string }
  )[] = [];
  const folders = items.map((item, i) => `evidence/${String(i + 1).padStart(3, '0')}-${item.kind}`);
  for (const [i, item] of items.entries()) {
    const folder = folders[i]!;
    const paths: string[] = [];
    const manifestFiles: Manifest['evidence'][number]['files'] = [];
    const reportFiles: typeof item.files = [];
    for (const f of item.files) {
      const path = `${folder}/${safeName(f.name)}`;
      const filePlan = item.deletedAt || !salt ? undefined : plans.get(f.sha256);
      if (filePlan?.action === 'omit' && salt) {
        // Neither this pack nor its reports name the original's hash: a guess could be confirmed with it.
        out.omitted.push({ path, reason: filePlan.reason });
        manifestFiles.push({ name: f.name, mime: f.mime, size: f.size, committedFrom: commitment(salt, f.sha256) });
        reportFiles.push({ ...f, sha256: '—' });
      } else if (filePlan?.action === 'replace' && salt) {
        writes.push({ kind: 'masked', path, data: filePlan.data, mime: f.mime, evidenceId: item.id });
        if (isPicture(f.mime))
          out.images.set(path, { size: filePlan.size, sha256: filePlan.sha256, ref: filePlan.data });
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
        writes.push({
          kind: 'stored',
          job: { path, sha256: f.sha256, size: f.size, mime: f.mime, evidenceId: item.id },
          name: f.name,
          title: item.title,
        });
        if (isPicture(f.mime)) out.images.set(path, { size: f.size, sha256: f.sha256, ref: f.sha256 });
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
  return { out, writes };
}

/** Bytes that hash to `sha256`, or undefined: report.pdf shows nothing the pack does not vouch for. */
async function checked(bytes: Uint8Array, sha256: string): Promise<Uint8Array | undefined> {
  return (await sha256Hex(bytes)) === sha256 ? bytes : undefined;
}

/**
 * Stage 2, started: every evidence file, under evidence/NNN-kind/, hashed as it is written. `evidence` is
 * complete at once (it follows from the plan), so report.pdf can be laid out while `written` runs; its
 * pictures come through `evidence.loadImage` as they are written.
 */
export function startEvidence(
  w: PackWriter,
  db: OrderProofDB,
  plan: PackPlan,
): { evidence: WrittenEvidence; written: Promise<void> } {
  const { out, writes } = layOutEvidence(plan);
  // The pictures report.pdf will take first (the same budget rule as loadImage's, in the same order),
  // kept from when they are written so the PDF does not read them from IndexedDB a second time.
  const kept = new Map<string, ReturnType<typeof deferred<Uint8Array | undefined>>>();
  let keepBudget = PDF_IMAGE_BUDGET;
  for (const write of writes) {
    if (write.kind !== 'stored' || !isPicture(write.job.mime) || write.job.size > keepBudget) continue;
    if (write.job.size > WHOLE_READ_BYTES || kept.has(write.job.path)) continue;
    keepBudget -= write.job.size;
    kept.set(write.job.path, deferred());
  }
  // The writer's own view of them (loadImage takes from `kept`): each settled once, even when the stage fails.
  const keeping = new Map(kept);
  const written = (async () => {
    const jobs = writes.flatMap((x) => (x.kind === 'stored' ? [x.job] : []));
    const read = readAhead(db, jobs);
    const waited = new SpanTotal('pack:evidence:read-wait');
    const hashed = new SpanTotal('pack:evidence:hash-and-zip');
    let job = 0;
    try {
      for (const write of writes) {
        if (write.kind === 'masked') {
          await w.addBlob(write.path, write.data, write.mime, write.evidenceId);
          continue;
        }
        const { path, mime, evidenceId, sha256 } = write.job;
        const { blob: pending, bytes } = read(job++);
        const blob = await waited.add(pending);
        if (!blob) throw new Error(`The file ${write.name} of "${write.title}" is missing from the store`);
        const whole = bytes ? await waited.add(bytes) : undefined;
        const actual = await hashed.add(() => w.addBlob(path, blob, mime, evidenceId, bytes));
        // Only bytes that hash to what the pack lists for them go into report.pdf.
        keeping.get(path)?.settle(whole && actual === sha256 ? new Uint8Array(whole) : undefined);
        keeping.delete(path);
      }
    } finally {
      // A stage that fails leaves no picture waited for.
      for (const k of keeping.values()) k.settle(undefined);
      waited.record();
      hashed.record();
    }
  })();
  let imageBudget = PDF_IMAGE_BUDGET;
  const loadImage = async (path: string): Promise<Uint8Array | undefined> => {
    const picture = out.images.get(path);
    if (!picture || picture.size > imageBudget) return undefined;
    imageBudget -= picture.size;
    const keep = kept.get(path);
    if (keep) {
      kept.delete(path);
      return keep.promise;
    }
    const blob = typeof picture.ref === 'string' ? await readBlob(db, picture.ref) : picture.ref;
    return blob ? checked(new Uint8Array(await blob.arrayBuffer()), picture.sha256) : undefined;
  };
  return { evidence: { ...out, loadImage }, written };
}

/** Stage 2: every evidence file, under evidence/NNN-kind/, hashed as it is written. */
export async function evidenceStage(w: PackWriter, db: OrderProofDB, plan: PackPlan): Promise<WrittenEvidence> {
  const { evidence, written } = startEvidence(w, db, plan);
  await written;
  return evidence;
}

/** Screenshots report.pdf shows at most, in bytes: beyond it the pictures are in the pack, not the PDF. */
const PDF_IMAGE_BUDGET = 32 * 1024 * 1024;

/** report.pdf, or why the pack has none. */
export type PdfMaker = (input: PdfReportInput) => Promise<Uint8Array | string>;

/** What both reports show. */
function reportInputOf(plan: PackPlan, evidence: WrittenEvidence, lang: ReportLang, generatedAt: string) {
  return {
    case: plan.case,
    evidence: evidence.reportEvidence,
    audit: plan.audit,
    auditHead: chainHead(plan.audit),
    generatedAt,
    lang,
  } as const;
}

/**
 * report.pdf, started as soon as the evidence stage is (startEvidence): it is laid out while the evidence
 * is read and hashed, and waits only for the pictures it shows, as each is written and checked.
 */
export function startPdf(
  plan: PackPlan,
  evidence: WrittenEvidence,
  lang: ReportLang,
  generatedAt: string,
  makePdf: PdfMaker,
): Promise<Uint8Array | string> {
  const imageReads = new SpanTotal('pack:reports:pdf-image-reads');
  const loadImage = (path: string) => imageReads.add(() => evidence.loadImage(path));
  return makePdf({ ...reportInputOf(plan, evidence, lang, generatedAt), loadImage }).finally(() => imageReads.record());
}

/**
 * Stage 3: case.json, report.html and report.pdf (or the reason it is left out, under `omitted`).
 * `pdf` makes report.pdf now, or is one startPdf already started.
 */
export async function reportsStage(
  w: PackWriter,
  db: OrderProofDB,
  plan: PackPlan,
  evidence: WrittenEvidence,
  lang: ReportLang,
  generatedAt: string,
  pdfMade: PdfMaker | Promise<Uint8Array | string>,
): Promise<{ pdf?: Uint8Array }> {
  await w.addBytes('case.json', enc.encode(JSON.stringify(plan.case, null, 2)), 'application/json');
  await timed('pack:reports:html', () =>
    w.addBytes(
      'report.html',
      enc.encode(renderReportHtml(reportInputOf(plan, evidence, lang, generatedAt))),
      'text/html',
    ),
  );
  const pdf = await (typeof pdfMade === 'function' ? startPdf(plan, evidence, lang, generatedAt, pdfMade) : pdfMade);
  if (typeof pdf === 'string') {
    evidence.omitted.push({ path: 'report.pdf', reason: pdf });
    return {};
  }
  await timed('pack:reports:pdf-write', () => w.addBytes('report.pdf', pdf, 'application/pdf'));
  return { pdf };
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
      images: [...evidence.images.entries()].map(([path, { ref }]) => ({
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
