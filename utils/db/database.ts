import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AuditEntry, BlobRecord, Case, Evidence } from '../schemas/records';
import type { KeyRecord, StampRecord } from '../trust/records';
import type { Recipe } from '../schemas/recipe';
import { storageGuardMiddleware } from './storage-guard';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './versions';
import { loadLatch } from './write-latch';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface SearchRecord {
  caseId: string;
  text: string;
}

export const DB_NAME = 'orderproof';

/**
 * The evidence store. Opened only by the background and extension pages: a content script's
 * IndexedDB belongs to the web site it runs on.
 */
export class OrderProofDB extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  blobs!: EntityTable<BlobRecord, 'sha256'>;
  audit!: Table<AuditEntry, [string, number]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  search!: EntityTable<SearchRecord, 'caseId'>;
  keys!: EntityTable<KeyRecord, 'id'>;
  stamps!: EntityTable<StampRecord, 'id'>;
  recipes!: EntityTable<Recipe, 'id'>;

  constructor(name = DB_NAME, upToVersion = LATEST_VERSION) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upToVersion) break;
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Every write passes the storage guard; whether writes are stopped is known before the first one.
    this.use(storageGuardMiddleware);
    this.on('ready', () => loadLatch().then(() => undefined));
  }
}

let shared: OrderProofDB | undefined;

export function getDb(): OrderProofDB {
  shared ??= new OrderProofDB();
  return shared;
}
