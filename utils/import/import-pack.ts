import Dexie from 'dexie';
import { z } from 'zod';
import type { OrderProofDB } from '../db/database';
import { ensureRoom } from '../db/storage-guard';
import { auditEntrySchema, blobRecordSchema, caseSchema, evidenceSchema } from '../schemas/records';
import { sealEntry } from '../audit/chain';
import { askChecker, spareWorker } from './checker';
import { checkPack, type CheckedPack } from './pack-check';
import { type ImportOptions, type ImportResult, type PreparedImport, refuse } from './prepare-pack';
import { refusalOf } from './refusal';
import type { UnzipLimits } from '../zip/safe-unzip';
import { stampRecordSchema } from '../trust/records';
import { recordDurations, timed } from '../stage-time';

/**
 * Writes prepared packs in one transaction: all of them or nothing. A case whose id is already in
 * the library is refused rather than copied: a copy would need a new id in every log entry, which
 * would break the chain the pack was verified by.
 */
export async function commitImports(
  db: OrderProofDB,
  prepared: readonly PreparedImport[],
  now = Date.now(),
): Promise<{ blobsAdded: number; blobsShared: number }> {
  let blobsAdded = 0;
  let blobsShared = 0;
  const sizes = prepared.flatMap((p) => p.blobs.map((b) => b.size));
  await ensureRoom(
    sizes.reduce((a, b) => a + b, 0),
    sizes.reduce((a, b) => Math.max(a, b), 0),
  );
  await db.transaction('rw', [db.cases, db.evidence, db.blobs, db.audit, db.stamps], async () => {
    for (const p of prepared) {
      const id = p.case.id;
      if (await db.cases.get(id)) refuse(`the case "${p.case.title}" (${id}) is already in the library`, 'already');
      const existingLog = await db.audit.where('[caseId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count();
      if (existingLog) refuse(`the library already holds log entries for case ${id}`, 'already');
      const clash = (await db.evidence.bulkGet(p.evidence.map((e) => e.id))).find(Boolean);
      if (clash) refuse(`the evidence "${clash.title}" (${clash.id}) is already in the library`, 'already');
      const present = await db.blobs.bulkGet(p.blobs.map((b) => b.sha256));
      const missing = p.blobs.filter((_, i) => !present[i]);
      blobsShared += p.blobs.length - missing.length;
      blobsAdded += missing.length;
      await db.blobs.bulkAdd(missing);
      await db.cases.add(p.case);
      await db.evidence.bulkAdd(p.evidence);
      await db.audit.bulkAdd(p.audit);
      // Stamps of items this import has just added (their ids were refused above if already present).
      await db.stamps.bulkPut(p.stamps);
      const last = p.audit.at(-1)!;
      // The import extends the pack's own chain, so the whole log still verifies; the details
      // keep the pack's head, which proves the log up to it is the one that was exported.
      const entry = auditEntrySchema.parse(
        sealEntry({
          seq: last.seq + 1,
          caseId: id,
          at: now,
          action: 'import',
          details: {
            packHead: p.packHead,
            manifestSha256: p.manifestSha256,
            packGeneratedAt: p.generatedAt,
            generator: `${p.generator.name} ${p.generator.version}`,
            evidence: p.evidence.length,
            files: p.blobs.length,
          },
          prevHash: last.hash,
        }),
      );
      await db.audit.add(entry);
    }
  });
  return { blobsAdded, blobsShared };
}

export const preparedSchema = z.object({
  case: caseSchema,
  evidence: z.array(evidenceSchema),
  blobs: z.array(blobRecordSchema),
  audit: z.array(auditEntrySchema),
  packHead: z.string(),
  manifestSha256: z.string(),
  generatedAt: z.string(),
  generator: z.object({ name: z.string(), version: z.string() }),
  notes: z.array(z.string()),
  stamps: z.array(stampRecordSchema),
});
const checkedSchema = z.object({
  prepared: preparedSchema,
  timings: z.object({ read: z.number(), verify: z.number() }),
});

/** The pack checker's worker, startable ahead of a pick (PackTransfer prepares it when shown). */
export const packChecker = spareWorker(
  () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }),
);

/** Runs the reading and every check in import-worker.ts; the page only writes what it hands back. */
function checkInWorker(
  zip: Uint8Array | Blob,
  limits?: Partial<UnzipLimits>,
  expectedHead?: string,
  transfer = false,
): Promise<CheckedPack> {
  const worker = packChecker.take();
  // A buffer holding only the pack is handed over, not copied: hundreds of MB would otherwise be cloned.
  // A Blob (the File picked) is read by the worker itself: this thread never holds the pack.
  const whole =
    zip instanceof Uint8Array &&
    zip.byteOffset === 0 &&
    zip.byteLength === zip.buffer.byteLength &&
    zip.buffer instanceof ArrayBuffer;
  return askChecker(
    worker,
    'pack',
    { zip, ...(limits ? { limits } : {}), ...(expectedHead ? { expectedHead } : {}) },
    checkedSchema,
    { transfer: whole && transfer ? [zip.buffer] : [] },
  );
}

/**
 * Restores an evidence pack into the library. Every check runs before anything is written (in a
 * worker where there is one), and the write is one transaction: a refused pack leaves the library
 * exactly as it was.
 */
export async function importPack(
  db: OrderProofDB,
  zip: Uint8Array | Blob,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    const useWorker = options.worker !== false && typeof Worker === 'function';
    const checked = await timed('import:check', () =>
      useWorker
        ? checkInWorker(zip, options.limits, options.expectedHead, options.transfer)
        : checkPack(zip, options.limits, options.expectedHead),
    );
    recordDurations('import:check:', checked.timings);
    const { prepared } = checked;
    const { blobsAdded, blobsShared } = await timed('import:write', () => commitImports(db, [prepared], options.now));
    return {
      ok: true,
      caseId: prepared.case.id,
      title: prepared.case.title,
      evidence: prepared.evidence.length,
      blobsAdded,
      blobsShared,
      notes: prepared.notes,
    };
  } catch (err) {
    return { ok: false, ...refusalOf(err) };
  }
}
