import Dexie, { liveQuery, type Observable } from 'dexie';
import type { Evidence } from '../schemas/records';
import type { OrderProofDB } from './database';
import { byCaptureOrder } from './evidence';

// A case's items, kept up to date without reading them all again on each change. Every write to an item
// appends to its case's log in the same transaction, naming the item (store.ts): the log entries after the
// last one seen say which items to read again. A case of thousands of items was read whole on each change,
// once per view that showed a figure from it, which held the library for most of a second per added note.

interface Known {
  items: Map<string, Evidence>;
  /** The last log entry read; its successors name the items changed since. */
  seq: number;
}

async function readAll(db: OrderProofDB, caseId: string): Promise<Known> {
  return db.transaction('r', db.evidence, db.audit, async () => {
    const last = await db.audit.where('[caseId+seq]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).last();
    const items = await db.evidence.where('caseId').equals(caseId).toArray();
    return { items: new Map(items.map((e) => [e.id, e])), seq: last?.seq ?? -1 };
  });
}

/** Reads again the items the log entries after `known.seq` name (moved out or in, edited, deleted). */
async function readChanges(db: OrderProofDB, caseId: string, known: Known): Promise<void> {
  return db.transaction('r', db.evidence, db.audit, async () => {
    const fresh = await db.audit
      .where('[caseId+seq]')
      .between([caseId, known.seq + 1], [caseId, Dexie.maxKey])
      .toArray();
    if (!fresh.length) return;
    const ids = [...new Set(fresh.flatMap((e) => (e.evidenceId ? [e.evidenceId] : [])))];
    const now = await db.evidence.bulkGet(ids);
    ids.forEach((id, i) => {
      const item = now[i];
      if (item?.caseId === caseId) known.items.set(id, item);
      else known.items.delete(id);
    });
    // A merge moves each item with an entry of its own: its closing entry, naming none, loses nothing.
    known.seq = fresh.at(-1)!.seq;
  });
}

/**
 * The items of a case, oldest first (byCaptureOrder), as a live query: the first value reads them all;
 * later ones read only the items the case's log names since. Items that did not change keep their
 * object, so a view can skip drawing them again.
 */
export function watchCaseItems(db: OrderProofDB, caseId: string): Observable<Evidence[]> {
  let known: Known | undefined;
  return liveQuery(async () => {
    if (known) await readChanges(db, caseId, known);
    else known = await readAll(db, caseId);
    return [...known.items.values()].sort(byCaptureOrder);
  });
}

interface Watch {
  items?: Evidence[];
  listeners: Set<() => void>;
  stop: () => void;
}

/** Every view of a case's items (its line in the case list, the case view, its guide, export warnings) on one watch. */
export interface CaseItemsStore {
  /** Starts watching on the first listener and stops after the last one leaves. */
  subscribe(caseId: string, onChange: () => void): () => void;
  /** The items as last read; undefined until the first read, or while nobody watches. */
  current(caseId: string): Evidence[] | undefined;
}

export function caseItemsStore(db: OrderProofDB): CaseItemsStore {
  const watches = new Map<string, Watch>();
  return {
    subscribe(caseId, onChange) {
      let watch = watches.get(caseId);
      if (!watch) {
        const w: Watch = { listeners: new Set(), stop: () => undefined };
        const sub = watchCaseItems(db, caseId).subscribe({
          next: (items) => {
            w.items = items;
            for (const l of w.listeners) l();
          },
          error: (err: unknown) => console.error('[OrderProof] could not read the case’s items', err),
        });
        w.stop = () => sub.unsubscribe();
        watches.set(caseId, (watch = w));
      }
      const mine = watch;
      mine.listeners.add(onChange);
      return () => {
        mine.listeners.delete(onChange);
        if (mine.listeners.size || watches.get(caseId) !== mine) return;
        mine.stop();
        watches.delete(caseId);
      };
    },
    current: (caseId) => watches.get(caseId)?.items,
  };
}

const stores = new WeakMap<OrderProofDB, CaseItemsStore>();

/** The one store of case items per database. */
export function sharedCaseItems(db: OrderProofDB): CaseItemsStore {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = caseItemsStore(db)));
  return store;
}
