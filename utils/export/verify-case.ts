import type { OrderProofDB } from '../db/database';
import { auditLog, caseEvidence, readBlob } from '../db/store';
import { sha256Hex } from '../hash';
import { checkItemsAgainstLog } from './pack-binding';
import { checkChain, type VerifyReport } from './verify';

// Kept apart from verify.ts, which must load in the import worker: the db layer reaches the extension APIs.
/** Recomputes every stored file's hash and walks the case's audit chain. */
export async function verifyCase(db: OrderProofDB, caseId: string): Promise<VerifyReport> {
  const problems: string[] = [];
  const items = await caseEvidence(db, caseId);
  const audit = await auditLog(db, caseId);
  let filesChecked = 0;
  for (const item of items) {
    if (item.deletedAt) continue;
    for (const f of item.files) {
      filesChecked += 1;
      const blob = await readBlob(db, f.sha256);
      if (!blob) {
        problems.push(`"${item.title}" / ${f.name}: the file is missing from the store`);
        continue;
      }
      const actual = await sha256Hex(new Uint8Array(await blob.arrayBuffer()));
      if (actual !== f.sha256)
        problems.push(`"${item.title}" / ${f.name}: content changed (SHA-256 ${actual}, recorded ${f.sha256})`);
    }
  }
  problems.push(...(await checkChain(audit)));
  problems.push(
    ...checkItemsAgainstLog(
      items.map((i) => ({
        id: i.id,
        title: i.title,
        deleted: Boolean(i.deletedAt),
        files: i.files.map((f) => ({ name: f.name, original: f.sha256 })),
      })),
      audit,
    ),
  );
  return { ok: problems.length === 0, filesChecked, entriesChecked: audit.length, problems, notes: [] };
}
