import { zipSync, type Zippable } from 'fflate';
import { chainHead } from '../audit/chain';
import type { OrderProofDB } from '../db/database';
import { auditLog, caseEvidence, readBlob } from '../db/store';
import { sha256Hex } from '../hash';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest, manifestSchema, type PackFile } from './manifest';
import { renderReportHtml } from './report-html';
import type { PdfReportInput } from './report-pdf';
import { renderVerifyHtml } from './verify-html';

export interface BuiltPack {
  bytes: Uint8Array;
  filename: string;
  manifest: Manifest;
  /** Number of files in the ZIP. */
  fileCount: number;
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
function level(mime: string): 0 | 6 {
  return /^(image\/(png|jpeg|webp|gif)|video\/|audio\/|application\/zip)/.test(mime) ? 0 : 6;
}

export function packFilename(c: { platform: string; orderRef?: string; id: string }, now: Date): string {
  const date = now.toISOString().slice(0, 10);
  return `OrderProof_${safeName(c.platform)}_${safeName(c.orderRef ?? c.id.slice(0, 8))}_${date}.zip`;
}

/**
 * The evidence pack: originals under evidence/, a readable report, manifest.json (every file's path,
 * size and SHA-256, capture metadata, the audit log and its head) and SHA256SUMS for `sha256sum -c`.
 */
export async function buildPack(db: OrderProofDB, caseId: string, options: PackOptions = {}): Promise<BuiltPack> {
  const now = options.now ?? new Date();
  const c = await db.cases.get(caseId);
  if (!c) throw new Error(`No case ${caseId}`);
  const items = await caseEvidence(db, caseId);
  const audit = await auditLog(db, caseId);
  const zip: Zippable = {};
  const files: PackFile[] = [];
  const enc = new TextEncoder();

  const images = new Map<string, Uint8Array>();
  const add = async (path: string, bytes: Uint8Array, mime: string, evidenceId?: string) => {
    zip[path] = [bytes, { level: level(mime) }];
    if (mime === 'image/png' || mime === 'image/jpeg') images.set(path, bytes);
    files.push({ path, size: bytes.byteLength, sha256: await sha256Hex(bytes), mime, ...(evidenceId ? { evidenceId } : {}) });
  };

  const reportEvidence: { item: (typeof items)[number]; paths: string[] }[] = [];
  const manifestEvidence: Manifest['evidence'] = [];
  let n = 0;
  for (const item of items) {
    n += 1;
    const folder = `evidence/${String(n).padStart(3, '0')}-${item.kind}`;
    const paths: string[] = [];
    const manifestFiles: Manifest['evidence'][number]['files'] = [];
    for (const f of item.files) {
      const path = `${folder}/${safeName(f.name)}`;
      if (!item.deletedAt) {
        const blob = await readBlob(db, f.sha256);
        if (!blob) throw new Error(`The file ${f.name} of "${item.title}" is missing from the store`);
        await add(path, new Uint8Array(await blob.arrayBuffer()), f.mime, item.id);
        paths.push(path);
      }
      manifestFiles.push({ ...(item.deletedAt ? {} : { path }), name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 });
    }
    reportEvidence.push({ item, paths });
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
  await add('case.json', enc.encode(JSON.stringify(c, null, 2)), 'application/json');
  const reportInput = { case: c, evidence: reportEvidence, audit, auditHead: head, generatedAt, lang: options.lang ?? 'en' } as const;
  await add('report.html', enc.encode(renderReportHtml(reportInput)), 'text/html');
  const pdf = await reportPdf({ ...reportInput, images }, options);
  const omitted: { path: string; reason: string }[] = [];
  if (typeof pdf === 'string') omitted.push({ path: 'report.pdf', reason: pdf });
  else await add('report.pdf', pdf, 'application/pdf');
  await add('verify.html', enc.encode(renderVerifyHtml(options.lang ?? 'en')), 'text/html');

  const manifest = manifestSchema.parse({
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    generatedAt,
    generator: { name: 'OrderProof', version: options.generatorVersion ?? '0.0.0' },
    case: c,
    evidence: manifestEvidence,
    files,
    audit: { entries: audit, head },
    ...(omitted.length ? { omitted } : {}),
  });
  const manifestBytes = enc.encode(JSON.stringify(manifest, null, 2));
  zip['manifest.json'] = [manifestBytes, { level: 6 }];
  const sums = [...files.map((f) => [f.sha256, f.path] as const), [await sha256Hex(manifestBytes), 'manifest.json'] as const]
    .map(([h, p]) => `${h}  ${p}\n`)
    .join('');
  zip.SHA256SUMS = [enc.encode(sums), { level: 6 }];

  const bytes = zipSync(zip, { mtime: now });
  return { bytes, filename: packFilename(c, now), manifest, fileCount: files.length + 2 };
}
