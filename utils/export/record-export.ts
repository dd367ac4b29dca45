import Dexie from 'dexie';
import type { OrderProofDB } from '../db/database';
import { appendAudit } from '../db/log';
import { ZERO_HASH } from '../hash';
import { auditEntrySchema, type AuditEntry } from '../schemas/records';

/** What a written pack hands back for its export to be logged once the file exists. */
export interface PackSeal {
  exportEntry: AuditEntry;
  salt?: string;
}

/**
 * Adds a saved pack's export entry to the library, only once the file exists: an export that fails
 * leaves no entry. When nothing was logged in between, the library gets the very entry the pack ends
 * with, so its chain and the pack's stay one. Otherwise (something was saved meanwhile, or the pack is
 * masked and carries a chain of its own) a new entry records the same facts and the pack's head; a
 * masked pack's salt is kept here and nowhere else.
 */
export async function recordExport(db: OrderProofDB, seal: PackSeal): Promise<AuditEntry> {
  const entry = auditEntrySchema.parse(seal.exportEntry);
  return db.transaction('rw', db.audit, async () => {
    const last = await db.audit
      .where('[caseId+seq]')
      .between([entry.caseId, Dexie.minKey], [entry.caseId, Dexie.maxKey])
      .last();
    if (!seal.salt && (last?.hash ?? ZERO_HASH) === entry.prevHash && (last ? last.seq + 1 : 0) === entry.seq) {
      await db.audit.add(entry);
      return entry;
    }
    const details = { ...entry.details, packHead: entry.hash, ...(seal.salt ? { masked: true, salt: seal.salt } : {}) };
    return appendAudit(db, entry.caseId, 'export', details, undefined, entry.at);
  });
}
