import type { OrderProofDB } from '../db/database';
import { backupIndexSchema } from '../export/backup';
import { sha256Hex } from '../hash';
import { commitImports, ImportRefused, importFailureReason, preparePack, type PreparedImport } from './import-pack';
import { safeUnzip, type UnzipLimits } from './safe-unzip';

export type RestoreResult = { ok: true; cases: number; evidence: number; blobsAdded: number; blobsShared: number } | { ok: false; reason: string };

const MAX_INDEX_BYTES = 16 * 1024 * 1024;

/**
 * Restores a backup made by buildBackup: every case folder is checked as a pack (hashes, SHA256SUMS,
 * audit chain), then all cases are written in one transaction. One bad case refuses the whole backup.
 */
export async function restoreBackup(db: OrderProofDB, zip: Uint8Array, options: { limits?: Partial<UnzipLimits>; now?: number } = {}): Promise<RestoreResult> {
  try {
    const files = safeUnzip(zip, options.limits);
    const indexBytes = files.get('backup.json');
    if (!indexBytes) throw new ImportRefused('backup.json is missing: this is not an OrderProof backup');
    if (indexBytes.byteLength > MAX_INDEX_BYTES) throw new ImportRefused('backup.json is too large');
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(indexBytes));
    } catch {
      throw new ImportRefused('backup.json is not valid JSON');
    }
    const parsed = backupIndexSchema.safeParse(raw);
    if (!parsed.success) throw new ImportRefused(`backup.json does not match its schema: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    const index = parsed.data;
    const folders = new Set(index.cases.map((c) => c.folder));
    if (folders.size !== index.cases.length) throw new ImportRefused('backup.json lists a folder twice');
    for (const path of files.keys()) {
      if (path === 'backup.json') continue;
      const folder = /^cases\/\d{3,6}\//.exec(path)?.[0];
      if (!folder || !folders.has(folder)) throw new ImportRefused(`${path}: not part of any case listed in backup.json`);
    }
    const prepared: PreparedImport[] = [];
    for (const entry of index.cases) {
      const p = await preparePack(files, entry.folder);
      if (p.case.id !== entry.id) throw new ImportRefused(`${entry.folder}: holds case ${p.case.id}, not ${entry.id}`);
      if ((await sha256Hex(files.get(`${entry.folder}manifest.json`)!)) !== entry.manifestSha256) throw new ImportRefused(`${entry.folder}manifest.json: not the one backup.json recorded`);
      prepared.push(p);
    }
    const { blobsAdded, blobsShared } = await commitImports(db, prepared, options.now);
    return { ok: true, cases: prepared.length, evidence: prepared.reduce((n, p) => n + p.evidence.length, 0), blobsAdded, blobsShared };
  } catch (err) {
    return { ok: false, reason: importFailureReason(err) };
  }
}
