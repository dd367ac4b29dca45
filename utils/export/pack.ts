import { zipSync, type Zippable } from 'fflate';
import { chainHead } from '../audit/chain';
import type { OrderProofDB } from '../db/database';
import { auditLog, caseEvidence, readBlob } from '../db/store';
import { sha256Hex } from '../hash';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest, manifestSchema, type PackFile } from './manifest';
import { renderReportHtml } from './report-html';
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

  const add = async (path: string, bytes: Uint8Array, mime: string, evidenceId?: string) => {
    zip[path] = [bytes, { level: level(mime) }];
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
    });
  }

  const head = chainHead(audit);
  const generatedAt = now.toISOString();
  await add('case.json', enc.encode(JSON.stringify(c, null, 2)), 'application/json');
  const report = renderReportHtml({ case: c, evidence: reportEvidence, audit, auditHead: head, generatedAt, lang: options.lang ?? 'en' });
  await add('report.html', enc.encode(report), 'text/html');
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
