import { z } from 'zod';
import { sha256Hex, sha256OfBlob } from '../hash';
import { boxSchema, type BoxRecord } from '../schemas/box';
import {
  type Case,
  type CaseDates,
  type CaptureMeta,
  type Evidence,
  type EvidenceKind,
  evidenceSchema,
  blobRecordSchema,
  type FileRef,
} from '../schemas/records';
import type { Order } from '../schemas/order';
import type { Listing } from '../schemas/listing';
import { applyCorrections, readField } from '../order-corrections';
import { correctionSchema, type CorrectableField } from '../schemas/correction';
import type { OrderProofDB } from './database';
import { newId } from './cases';
import { appendAudit, appendToSearch, replaceInSearch } from './log';
import { caseBlock, itemBlock } from './search-text';
import { ensureRoom, SourceUnreadable } from './storage-guard';
import { isUnreadableSource } from './write-latch';
import { queueCaptureStamp } from '../trust/capture-stamps';
import { readTsaSettings, type TsaSettings } from '../trust/tsa-settings';
import { measure } from '../stage-time';

// Evidence items and their files: stored once per hash, moved, renamed, corrected, deleted (content only).

/** A file to store: bytes in memory (captures), or a Blob such as a File from disk (kept out of memory). */
export type NewFile = { name: string; mime: string } & ({ bytes: Uint8Array } | { blob: Blob });

export interface NewEvidence {
  caseId: string;
  kind: EvidenceKind;
  title: string;
  sourceUrl?: string;
  pageTitle?: string;
  capturedAt: number;
  capture: CaptureMeta;
  files: NewFile[];
  order?: Order;
  listing?: Listing;
  text?: string;
}

/**
 * Stores an evidence item with its files. Hashes are computed from the bytes before anything is
 * written; blobs are stored once per hash; the item, its blobs and its log entry commit together.
 */
export async function addEvidence(
  db: OrderProofDB,
  input: NewEvidence,
  onHashProgress?: (done: number, total: number) => void,
): Promise<Evidence> {
  const sizes = input.files.map((f) => ('bytes' in f ? f.bytes.byteLength : f.blob.size));
  // Refused before a byte is hashed or written when it would not fit, or while writes are stopped.
  const checking = performance.now();
  await ensureRoom(
    sizes.reduce((a, b) => a + b, 0),
    Math.max(0, ...sizes),
  );
  measure('add:room', checking);
  // Whether to queue a time-stamp is read while the item is hashed and stored, not after: one round trip less.
  const stampSettings = readTsaSettings(db);
  stampSettings.catch(() => undefined);
  try {
    return await hashAndStore(db, input, stampSettings, onHashProgress);
  } catch (err) {
    // A picked file that changed on disk since (read when hashed, or copied at commit): that file is
    // refused, the transaction left nothing behind, and writes go on.
    if (isUnreadableSource(err)) throw new SourceUnreadable(err);
    throw err;
  }
}

async function hashAndStore(
  db: OrderProofDB,
  input: NewEvidence,
  stampSettings: Promise<TsaSettings>,
  onHashProgress?: (done: number, total: number) => void,
): Promise<Evidence> {
  const hashing = performance.now();
  const hashed: { name: string; mime: string; sha256: string; blob: Blob }[] = [];
  for (const f of input.files) {
    if ('bytes' in f) {
      hashed.push({
        name: f.name,
        mime: f.mime,
        sha256: await sha256Hex(f.bytes),
        blob: new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.mime }),
      });
    } else {
      hashed.push({ name: f.name, mime: f.mime, sha256: await sha256OfBlob(f.blob, onHashProgress), blob: f.blob });
    }
  }
  measure('add:hash', hashing);
  const files: FileRef[] = hashed.map((f) => ({ name: f.name, mime: f.mime, size: f.blob.size, sha256: f.sha256 }));
  const record = evidenceSchema.parse({
    id: newId(),
    caseId: input.caseId,
    kind: input.kind,
    title: input.title,
    sourceUrl: input.sourceUrl,
    pageTitle: input.pageTitle,
    capturedAt: input.capturedAt,
    capture: input.capture,
    files,
    order: input.order,
    listing: input.listing,
    text: input.text,
  });
  const blobs = hashed.map((f) =>
    blobRecordSchema.parse({ sha256: f.sha256, size: f.blob.size, mime: f.mime, data: f.blob }),
  );
  const storing = performance.now();
  const entry = await db.transaction('rw', db.cases, db.evidence, db.blobs, db.audit, db.search, async () => {
    const owner = await db.cases.get(record.caseId);
    if (!owner) throw new Error(`No case ${record.caseId}`);
    for (const blob of blobs) {
      if (!(await db.blobs.get(blob.sha256))) await db.blobs.add(blob);
    }
    await db.evidence.add(record);
    await db.cases.update(owner.id, { updatedAt: Date.now() });
    const attached = await appendAudit(
      db,
      record.caseId,
      'attach',
      {
        kind: record.kind,
        title: record.title,
        sourceUrl: record.sourceUrl,
        files: files.map((f) => ({ name: f.name, sha256: f.sha256, size: f.size })),
      },
      record.id,
    );
    await appendToSearch(db, record);
    return attached;
  });
  // On the performance timeline for `npm run bench` (utils/stage-time.ts).
  measure('add:store', storing);
  // Stored first; its trusted time-stamp (when turned on) is queued after: utils/trust/capture-stamps.ts.
  const stamping = performance.now();
  await queueCaptureStamp(db, record, entry, stampSettings);
  measure('add:stamp', stamping);
  return record;
}

/** Removes an item's content (and any blob no other item uses). Its record and log entries stay. */
export async function deleteEvidence(db: OrderProofDB, evidenceId: string, reason = ''): Promise<void> {
  await db.transaction('rw', db.cases, db.evidence, db.blobs, db.audit, db.search, async () => {
    const item = await db.evidence.get(evidenceId);
    if (!item || item.deletedAt) return;
    await db.evidence.update(evidenceId, { deletedAt: Date.now(), order: undefined, text: undefined });
    for (const f of item.files) {
      const users = await db.evidence.filter((e) => !e.deletedAt && e.files.some((g) => g.sha256 === f.sha256)).count();
      if (users === 0) await db.blobs.delete(f.sha256);
    }
    await appendAudit(
      db,
      item.caseId,
      'delete',
      { title: item.title, reason, files: item.files.map((f) => f.sha256) },
      evidenceId,
    );
    await replaceInSearch(db, item.caseId, { before: itemBlock(item), after: '' });
  });
}

export async function moveEvidence(db: OrderProofDB, evidenceId: string, toCaseId: string): Promise<void> {
  await db.transaction('rw', db.cases, db.evidence, db.audit, db.search, async () => {
    const item = await db.evidence.get(evidenceId);
    if (!item) throw new Error(`No evidence ${evidenceId}`);
    if (!(await db.cases.get(toCaseId))) throw new Error(`No case ${toCaseId}`);
    if (item.caseId === toCaseId) return;
    await db.evidence.update(evidenceId, { caseId: toCaseId });
    const files = item.files.map((f) => f.sha256);
    await appendAudit(db, item.caseId, 'move', { to: toCaseId, title: item.title, files }, evidenceId);
    await appendAudit(db, toCaseId, 'move', { from: item.caseId, title: item.title, files }, evidenceId);
    await replaceInSearch(db, item.caseId, { before: itemBlock(item), after: '' });
    await appendToSearch(db, { ...item, caseId: toCaseId });
  });
}

export async function renameEvidence(db: OrderProofDB, evidenceId: string, title: string): Promise<void> {
  const clean = title.trim();
  if (!clean) throw new Error('A title cannot be empty');
  await db.transaction('rw', db.cases, db.evidence, db.audit, db.search, async () => {
    const item = await db.evidence.get(evidenceId);
    if (!item) throw new Error(`No evidence ${evidenceId}`);
    if (item.title === clean) return;
    await db.evidence.update(evidenceId, { title: clean });
    await appendAudit(
      db,
      item.caseId,
      'edit',
      { fields: ['title'], before: { title: item.title }, after: { title: clean } },
      evidenceId,
    );
    await replaceInSearch(db, item.caseId, { before: itemBlock(item), after: itemBlock({ ...item, title: clean }) });
  });
}

const CASE_DATE_OF: Partial<Record<CorrectableField, keyof CaseDates>> = {
  placedAt: 'ordered',
  deliveredAt: 'delivered',
};

/**
 * Records the user's fix to one order fact. The extracted order is kept as it was; the log holds the
 * value before and after; a corrected date also becomes the case's date, which deadlines count from.
 */
export async function correctOrderField(
  db: OrderProofDB,
  evidenceId: string,
  field: CorrectableField,
  value: string | number | null,
): Promise<void> {
  const correction = correctionSchema.parse({
    field,
    value: typeof value === 'string' && !value.trim() ? null : value,
    at: Date.now(),
  });
  await db.transaction('rw', db.cases, db.evidence, db.audit, db.search, async () => {
    const item = await db.evidence.get(evidenceId);
    if (!item?.order) throw new Error('This item holds no order to correct');
    const before = readField(applyCorrections(item.order, item.corrections), field);
    const corrections = [...(item.corrections ?? []), correction];
    const after = readField(applyCorrections(item.order, corrections), field);
    await db.evidence.update(evidenceId, { corrections });
    const dateField = CASE_DATE_OF[field];
    const owner = await db.cases.get(item.caseId);
    const header = { before: owner ? caseBlock(owner) : '', after: owner ? caseBlock(owner) : '' };
    if (owner) {
      const patch: Partial<Case> = { updatedAt: Date.now() };
      if (dateField) patch.dates = { ...owner.dates, [dateField]: typeof after === 'string' ? after : undefined };
      if (field === 'orderId' && typeof after === 'string') patch.orderRef = after;
      await db.cases.update(owner.id, patch);
      header.after = caseBlock({ ...owner, ...patch });
    }
    await appendAudit(
      db,
      item.caseId,
      'correct',
      { field, before: before ?? null, after: after ?? null, extracted: readField(item.order, field) ?? null },
      evidenceId,
    );
    await replaceInSearch(db, item.caseId, header, {
      before: itemBlock(item),
      after: itemBlock({ ...item, corrections }),
    });
  });
}

/** Bytes a case's files take, each distinct file counted once. */
export async function caseStorageBytes(db: OrderProofDB, caseId: string): Promise<number> {
  const items = await db.evidence.where('caseId').equals(caseId).toArray();
  const sizes = new Map<string, number>();
  for (const e of items) if (!e.deletedAt) for (const f of e.files) sizes.set(f.sha256, f.size);
  return [...sizes.values()].reduce((a, b) => a + b, 0);
}

const KIND_ORDER: EvidenceKind[] = [
  'screenshot',
  'full-page-screenshot',
  'page-snapshot',
  'chat-transcript',
  'order-data',
  'uploaded-file',
  'note',
];

/** Oldest first; one save yields several items at the same instant: picture first, data last. */
export const byCaptureOrder = (a: Evidence, b: Evidence): number =>
  a.capturedAt - b.capturedAt || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);

export async function caseEvidence(db: OrderProofDB, caseId: string): Promise<Evidence[]> {
  const items = await db.evidence.where('caseId').equals(caseId).toArray();
  return items.sort(byCaptureOrder);
}

export async function readBlob(db: OrderProofDB, sha256: string): Promise<Blob | undefined> {
  return (await db.blobs.get(sha256))?.data;
}

/** Marks the areas of a picture to mask in shared copies (an empty list clears them); logged, original untouched. */
export async function setRedactionBoxes(
  db: OrderProofDB,
  evidenceId: string,
  boxes: readonly BoxRecord[],
): Promise<void> {
  const parsed = z.array(boxSchema).max(1000).parse(boxes);
  await db.transaction('rw', db.evidence, db.audit, async () => {
    const item = await db.evidence.get(evidenceId);
    if (!item) throw new Error(`No evidence ${evidenceId}`);
    await db.evidence.update(evidenceId, { redactionBoxes: parsed.length ? parsed : undefined });
    await appendAudit(
      db,
      item.caseId,
      'edit',
      { fields: ['redactionBoxes'], before: item.redactionBoxes?.length ?? 0, after: parsed.length },
      evidenceId,
    );
  });
}
