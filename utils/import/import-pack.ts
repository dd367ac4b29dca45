import Dexie from 'dexie';
import { z } from 'zod';
import { sealEntry } from '../audit/chain';
import type { OrderProofDB } from '../db/database';
import { canonicalJson, sha256Hex } from '../hash';
import { type VerifyOptions, verifyPackEntries } from '../export/verify';
import { orderSchema, type Order } from '../schemas/order';
import {
  type AuditEntry,
  auditEntrySchema,
  type BlobRecord,
  blobRecordSchema,
  type Case,
  caseSchema,
  type Evidence,
  evidenceSchema,
} from '../schemas/records';
import { ensureRoom } from '../db/storage-guard';
import { safeUnzip, UnzipError, type UnzipLimits } from './safe-unzip';

/** A pack (or backup) that failed a check; its message is the reason shown to the user. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

/** Everything one pack will write, checked and built before any transaction starts. */
export interface PreparedImport {
  case: Case;
  evidence: Evidence[];
  blobs: BlobRecord[];
  audit: AuditEntry[];
  packHead: string;
  manifestSha256: string;
  generatedAt: string;
  generator: { name: string; version: string };
  /** What the checks could not cover (an older pack whose reports its log does not bind). */
  notes: string[];
}

export type ImportResult =
  | { ok: true; caseId: string; title: string; evidence: number; blobsAdded: number; blobsShared: number; notes: string[] }
  | { ok: false; reason: string };

export interface ImportOptions {
  limits?: Partial<UnzipLimits>;
  /** Time of the 'import' log entry (ms); defaults to now. */
  now?: number;
  /** false checks on this thread; by default a page checks in a worker, so a huge pack never freezes it. */
  worker?: boolean;
  /** The audit head the pack must end at (given out of band): a cut, extended or re-sealed log is refused. */
  expectedHead?: string;
}

function refuse(message: string): never {
  throw new ImportRefused(message);
}

/**
 * Checks an unpacked pack completely (verifyPackEntries: every hash, SHA256SUMS, the audit chain and
 * the hashes the log vouched for) and builds the records to store. Throws ImportRefused.
 * `prefix` reads a pack that sits in a folder of a larger archive (a backup).
 */
export async function preparePack(all: ReadonlyMap<string, Uint8Array>, prefix = '', verifyOptions: VerifyOptions = {}): Promise<PreparedImport> {
  const entries = new Map<string, Uint8Array>();
  for (const [path, bytes] of all) if (path.startsWith(prefix)) entries.set(path.slice(prefix.length), bytes);
  const where = prefix ? `${prefix.replace(/\/$/, '')}: ` : '';
  const report = await verifyPackEntries(entries, verifyOptions);
  if (!report.ok || !report.manifest) {
    const more = report.problems.length > 3 ? ` (and ${report.problems.length - 3} more)` : '';
    refuse(`${where}${report.problems.slice(0, 3).join('; ')}${more}`);
  }
  const manifest = report.manifest;
  const c = manifest.case;
  const audit = manifest.audit.entries;
  if (!audit.length) refuse(`${where}the pack has no audit log`);
  const stranger = audit.find((a) => a.caseId !== c.id);
  if (stranger) refuse(`${where}audit entry ${stranger.seq} belongs to another case (${stranger.caseId})`);
  if (audit[0]!.action !== 'create') refuse(`${where}the audit log does not start with the case's creation`);

  let caseJson: unknown;
  try {
    caseJson = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(entries.get('case.json') ?? new Uint8Array()));
  } catch {
    refuse(`${where}case.json is missing or not valid JSON`);
  }
  const caseParsed = caseSchema.safeParse(caseJson);
  if (!caseParsed.success || canonicalJson(caseParsed.data) !== canonicalJson(c)) refuse(`${where}case.json does not match the case in manifest.json`);

  const evidence: Evidence[] = [];
  const blobs = new Map<string, BlobRecord>();
  const listed = new Set(manifest.files.map((f) => f.path));
  const ids = new Set<string>();
  for (const e of manifest.evidence) {
    if (ids.has(e.id)) refuse(`${where}evidence ${e.id} is listed twice`);
    ids.add(e.id);
    if (e.files.some((f) => f.redactedFrom || f.committedFrom || !f.sha256)) {
      refuse(`${where}"${e.title}" holds redacted copies, not the originals the log recorded: import the unredacted pack`);
    }
    // Facts a file of the item also holds are taken from that file, whose bytes were checked.
    const fileText = (name: string): string | undefined => {
      const f = e.deletedAt ? undefined : e.files.find((x) => x.name === name && x.path);
      const bytes = f?.path ? entries.get(f.path) : undefined;
      return bytes ? new TextDecoder().decode(bytes) : undefined;
    };
    let order: Order | undefined = e.order;
    const orderText = e.order ? fileText('order.json') : undefined;
    if (orderText !== undefined) {
      let parsedOrder: ReturnType<typeof orderSchema.safeParse> | undefined;
      try {
        parsedOrder = orderSchema.safeParse(JSON.parse(orderText));
      } catch {
        parsedOrder = undefined;
      }
      if (!parsedOrder?.success) refuse(`${where}"${e.title}": its order.json is not a valid order`);
      order = parsedOrder.data;
    }
    const text = e.text !== undefined ? (fileText('page.txt') ?? e.text) : undefined;
    const capturedAt = Date.parse(e.capturedAt);
    const deletedAt = e.deletedAt ? Date.parse(e.deletedAt) : undefined;
    const record = evidenceSchema.safeParse({
      id: e.id,
      caseId: c.id,
      kind: e.kind,
      title: e.title,
      ...(e.sourceUrl !== undefined ? { sourceUrl: e.sourceUrl } : {}),
      ...(e.pageTitle !== undefined ? { pageTitle: e.pageTitle } : {}),
      capturedAt,
      capture: e.capture,
      files: e.files.map((f) => ({ name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 })),
      ...(order ? { order } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(deletedAt !== undefined ? { deletedAt } : {}),
    });
    if (!record.success) refuse(`${where}evidence "${e.title}" is not a valid record: ${record.error.issues[0]?.path.join('.')} ${record.error.issues[0]?.message}`);
    evidence.push(record.data);
    if (deletedAt !== undefined) continue;
    for (const f of e.files) {
      // Only files the manifest lists (so hashed and bound above), and each stored under the hash of its own bytes.
      if (!f.path || !listed.has(f.path)) refuse(`${where}the file ${f.name} of "${e.title}" is not one of the pack's listed files`);
      const bytes = entries.get(f.path);
      if (!bytes) refuse(`${where}the file ${f.name} of "${e.title}" is not in the pack`);
      if (bytes.byteLength !== f.size) refuse(`${where}${f.path}: its size is not the one recorded`);
      const actual = await sha256Hex(bytes);
      if (actual !== f.sha256) refuse(`${where}${f.path}: its bytes hash to ${actual}, not the ${f.sha256} it would be stored under`);
      if (!blobs.has(actual)) {
        blobs.set(actual, blobRecordSchema.parse({ sha256: actual, size: bytes.byteLength, mime: f.mime, data: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: f.mime }) }));
      }
    }
  }
  return {
    case: c,
    evidence,
    blobs: [...blobs.values()],
    audit,
    packHead: manifest.audit.head,
    manifestSha256: await sha256Hex(entries.get('manifest.json')!),
    generatedAt: manifest.generatedAt,
    generator: manifest.generator,
    notes: report.notes,
  };
}

/**
 * Writes prepared packs in one transaction: all of them or nothing. A case whose id is already in
 * the library is refused rather than copied: a copy would need a new id in every log entry, which
 * would break the chain the pack was verified by.
 */
export async function commitImports(db: OrderProofDB, prepared: readonly PreparedImport[], now = Date.now()): Promise<{ blobsAdded: number; blobsShared: number }> {
  let blobsAdded = 0;
  let blobsShared = 0;
  const sizes = prepared.flatMap((p) => p.blobs.map((b) => b.size));
  await ensureRoom(sizes.reduce((a, b) => a + b, 0), sizes.reduce((a, b) => Math.max(a, b), 0));
  await db.transaction('rw', db.cases, db.evidence, db.blobs, db.audit, async () => {
    for (const p of prepared) {
      const id = p.case.id;
      if (await db.cases.get(id)) refuse(`the case "${p.case.title}" (${id}) is already in the library`);
      const existingLog = await db.audit.where('[caseId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count();
      if (existingLog) refuse(`the library already holds log entries for case ${id}`);
      const clash = (await db.evidence.bulkGet(p.evidence.map((e) => e.id))).find(Boolean);
      if (clash) refuse(`the evidence "${clash.title}" (${clash.id}) is already in the library`);
      const present = await db.blobs.bulkGet(p.blobs.map((b) => b.sha256));
      const missing = p.blobs.filter((_, i) => !present[i]);
      blobsShared += p.blobs.length - missing.length;
      blobsAdded += missing.length;
      await db.blobs.bulkAdd(missing);
      await db.cases.add(p.case);
      await db.evidence.bulkAdd(p.evidence);
      await db.audit.bulkAdd(p.audit);
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

function reasonOf(err: unknown): string {
  if (err instanceof ImportRefused) return err.message;
  if (err instanceof UnzipError) return `not a readable pack: ${err.message}`;
  return `the pack could not be imported: ${err instanceof Error ? err.message : String(err)}`;
}

const preparedSchema = z.object({
  case: caseSchema,
  evidence: z.array(evidenceSchema),
  blobs: z.array(blobRecordSchema),
  audit: z.array(auditEntrySchema),
  packHead: z.string(),
  manifestSha256: z.string(),
  generatedAt: z.string(),
  generator: z.object({ name: z.string(), version: z.string() }),
  notes: z.array(z.string()),
});
const workerReplySchema = z.union([z.object({ ok: z.literal(true), prepared: preparedSchema }), z.object({ ok: z.literal(false), reason: z.string() })]);

/** Runs the unpacking and every check in import-worker.ts; the page only writes what it hands back. */
function prepareInWorker(zip: Uint8Array, limits?: Partial<UnzipLimits>, expectedHead?: string): Promise<PreparedImport> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<PreparedImport>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent) => {
      worker.terminate();
      const reply = workerReplySchema.safeParse(e.data);
      if (!reply.success) reject(new Error('the pack checker sent an unreadable reply'));
      else if (reply.data.ok) resolve(reply.data.prepared);
      else reject(new ImportRefused(reply.data.reason));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the pack checker stopped'));
    };
    worker.postMessage({ zip, ...(limits ? { limits } : {}), ...(expectedHead ? { expectedHead } : {}) });
  });
}

/**
 * Restores an evidence pack into the library. Every check runs before anything is written (in a
 * worker where there is one), and the write is one transaction: a refused pack leaves the library
 * exactly as it was.
 */
export async function importPack(db: OrderProofDB, zip: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    const useWorker = options.worker !== false && typeof Worker === 'function';
    const head = options.expectedHead ? { expectedHead: options.expectedHead } : {};
    const prepared = useWorker ? await prepareInWorker(zip, options.limits, options.expectedHead) : await preparePack(safeUnzip(zip, options.limits), '', head);
    const { blobsAdded, blobsShared } = await commitImports(db, [prepared], options.now);
    return { ok: true, caseId: prepared.case.id, title: prepared.case.title, evidence: prepared.evidence.length, blobsAdded, blobsShared, notes: prepared.notes };
  } catch (err) {
    return { ok: false, reason: reasonOf(err) };
  }
}

export { reasonOf as importFailureReason };
