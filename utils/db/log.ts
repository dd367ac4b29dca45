import Dexie from 'dexie';
import { sealEntry } from '../audit/chain';
import { ZERO_HASH } from '../hash';
import { appendSearchText, buildSearchText, replaceSearchText } from './search-text';
import { type AuditAction, type AuditEntry, auditEntrySchema, type Evidence } from '../schemas/records';
import type { OrderProofDB } from './database';

// The case's audit chain and search document, kept in step with every change to the store.
/** Appends to a case's chain. Call only inside a rw transaction over `audit`. */
export async function appendAudit(
  db: OrderProofDB,
  caseId: string,
  action: AuditAction,
  details: Record<string, unknown>,
  evidenceId?: string,
  at = Date.now(),
): Promise<AuditEntry> {
  const last = await db.audit.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).last();
  const entry = auditEntrySchema.parse(
    sealEntry({
      seq: last ? last.seq + 1 : 0,
      caseId,
      at,
      action,
      ...(evidenceId ? { evidenceId } : {}),
      details: JSON.parse(JSON.stringify(details)) as Record<string, unknown>,
      prevHash: last?.hash ?? ZERO_HASH,
    }),
  );
  await db.audit.add(entry);
  return entry;
}

/** Rebuilds a case's search document. Call inside a rw transaction over cases, evidence and search. */
export async function refreshSearch(db: OrderProofDB, caseId: string): Promise<void> {
  const c = await db.cases.get(caseId);
  if (!c) return;
  const items = await db.evidence.where('caseId').equals(caseId).toArray();
  await db.search.put({ caseId, text: buildSearchText(c, items) });
}

/** Adds one new item to its case's search document, without reading the case's other items. */
export async function appendToSearch(db: OrderProofDB, item: Evidence): Promise<void> {
  const doc = await db.search.get(item.caseId);
  if (!doc) return refreshSearch(db, item.caseId);
  const text = appendSearchText(doc.text, item);
  if (text !== doc.text) await db.search.put({ caseId: item.caseId, text });
}

/**
 * Replaces one run of lines in a case's search document (see replaceSearchText: an item's words
 * before and after a change, '' for none), rebuilding from every item only when that cannot be done.
 */
export async function replaceInSearch(
  db: OrderProofDB,
  caseId: string,
  ...runs: { before: string; after: string }[]
): Promise<void> {
  const doc = await db.search.get(caseId);
  let text: string | undefined = doc?.text;
  for (const { before, after } of runs) if (text !== undefined) text = replaceSearchText(text, before, after);
  if (text === undefined) return refreshSearch(db, caseId);
  if (text !== doc?.text) await db.search.put({ caseId, text });
}

export async function recordAudit(
  db: OrderProofDB,
  caseId: string,
  action: AuditAction,
  details: Record<string, unknown>,
  evidenceId?: string,
): Promise<AuditEntry> {
  return db.transaction('rw', db.audit, () => appendAudit(db, caseId, action, details, evidenceId));
}

/** The newest `limit` entries of a case's log, oldest first, and how many it holds: what the timeline draws. */
export async function newestAudit(
  db: OrderProofDB,
  caseId: string,
  limit: number,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const range = () => db.audit.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);
  const [newest, total] = await Promise.all([range().reverse().limit(limit).toArray(), range().count()]);
  return { entries: newest.reverse(), total };
}

export async function auditLog(db: OrderProofDB, caseId: string): Promise<AuditEntry[]> {
  return db.audit.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
}
