import type { Transaction } from 'dexie';
import { buildSearchText } from './search-text';
import type { Case, Evidence } from '../schemas/records';

/**
 * Every schema version the database has had, oldest first. Never edit a shipped version:
 * add a new one. Users may still be on any of them, and tests open a database written by
 * each older version with the current code.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      cases: 'id, platform, status, orderRef, updatedAt',
      evidence: 'id, caseId, kind, capturedAt',
      blobs: 'sha256',
      audit: '[caseId+seq], caseId, at',
    },
  },
  {
    // v2: tags on cases (searchable), per-case evidence lists by kind, and a settings table.
    version: 2,
    stores: {
      cases: 'id, platform, status, orderRef, updatedAt, *tags',
      evidence: 'id, caseId, kind, capturedAt, [caseId+kind]',
      settings: 'key',
    },
    upgrade: (tx) =>
      tx
        .table('cases')
        .toCollection()
        .modify((c: { tags?: unknown }) => {
          if (!Array.isArray(c.tags)) c.tags = [];
        }),
  },
  {
    // v3: one search document per case (order, seller, items, transcripts), so the library can
    // search thousands of items without loading every record.
    version: 3,
    stores: { search: 'caseId' },
    upgrade: async (tx) => {
      const cases = (await tx.table('cases').toArray()) as Case[];
      for (const c of cases) {
        const items = (await tx.table('evidence').where('caseId').equals(c.id).toArray()) as Evidence[];
        await tx.table('search').put({ caseId: c.id, text: buildSearchText(c, items) });
      }
    },
  },
  {
    // v4: the installation's signing key (utils/trust/installation-key.ts) and the queue of trusted
    // timestamps asked for captures (utils/trust/capture-stamps.ts). New tables only: nothing to convert.
    version: 4,
    stores: { keys: 'id', stamps: 'id, status, caseId' },
  },
  {
    // v5: recipes learned by pointing (utils/recipes), one per site, page kind and field. New table only.
    version: 5,
    stores: { recipes: 'id, site' },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
