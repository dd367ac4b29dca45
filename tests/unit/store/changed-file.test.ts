import type { DBCore, Middleware } from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEvidence } from '../../../utils/db/store';
import { setEstimatorForTests } from '../../../utils/db/storage-guard';
import { clearLatch, isStorageFailure, LATCH_KEY, writesStoppedNow } from '../../../utils/db/write-latch';
import { buildPack } from '../../../utils/export/pack';
import { importPack } from '../../../utils/import/import-pack';
import { setCatalogue, type Catalogue } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import type { OrderProofDB } from '../../../utils/db/database';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

// A File picked from disk and changed there before the browser read it (to hash it, or when IndexedDB
// copies it at commit) is refused by the browser with NotReadableError. That is the file's fault, not the
// store's: that file alone is refused with a message saying so, nothing is written, and writes go on.

const UNREADABLE = 'The requested file could not be read, typically due to permission problems';

beforeEach(async () => {
  fakeBrowser.reset();
  setCatalogue('en', en as Catalogue);
  await clearLatch();
  setEstimatorForTests(async () => ({ usage: 0, quota: 100 * 1024 ** 3 }));
});
afterEach(() => setEstimatorForTests(undefined));

/** IndexedDB failing to copy a changed File at commit: each write of a Blob `changed` picks is refused. */
function changedOnCommit(changed: (blob: Blob) => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    level: 1,
    create: (down) => ({
      ...down,
      table: (n) => {
        const t = down.table(n);
        return {
          ...t,
          mutate: (req) =>
            'values' in req &&
            req.values.some((v: unknown) => {
              const data = (v as { data?: unknown }).data;
              return data instanceof Blob && changed(data);
            })
              ? Promise.reject(new DOMException(UNREADABLE, 'NotReadableError'))
              : t.mutate(req),
        };
      },
    }),
  };
}

/** A picked file the browser no longer reads: it changed on disk. */
class ChangedFile extends Blob {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new DOMException(UNREADABLE, 'NotReadableError'));
  }
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    throw new DOMException(UNREADABLE, 'NotReadableError');
  }
}

const counts = async (db: OrderProofDB) => ({
  evidence: await db.evidence.count(),
  blobs: await db.blobs.count(),
  audit: await db.audit.count(),
});

const upload = (caseId: string, blob: Blob, name = 'photo.jpg') => ({
  caseId,
  kind: 'uploaded-file' as const,
  title: name,
  capturedAt: 1,
  capture: META,
  files: [{ name, mime: 'image/jpeg', blob }],
});

describe('a picked file that changed on disk', () => {
  it('is no storage failure', () => {
    expect(isStorageFailure(new DOMException(UNREADABLE, 'NotReadableError'))).toBe(false);
    // As Dexie reports a transaction the browser aborted for it.
    expect(isStorageFailure({ name: 'AbortError', inner: new DOMException(UNREADABLE, 'NotReadableError') })).toBe(
      false,
    );
  });

  it('is refused alone when IndexedDB cannot copy it at commit: nothing written, writes go on', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const file = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    db.close();
    db.use(changedOnCommit((blob) => blob === file));
    await db.open();
    const before = await counts(db);
    const write = addEvidence(db, upload(c.id, file));
    await expect(write).rejects.toMatchObject({ name: 'SourceUnreadable' });
    await expect(write).rejects.toThrow(/changed on disk after it was picked, so it was not stored/);
    expect(await counts(db)).toEqual(before);
    // Give a latch the time it would take to be set; none is.
    await new Promise((r) => setTimeout(r, 20));
    expect(writesStoppedNow()).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(LATCH_KEY)).toEqual({});
    // The next file goes in.
    const next = await addEvidence(db, upload(c.id, new Blob([new Uint8Array([4, 5])]), 'other.jpg'));
    expect((await db.evidence.get(next.id))?.title).toBe('other.jpg');
  });

  it('is refused alone when it cannot be read to be hashed', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const before = await counts(db);
    const write = addEvidence(db, upload(c.id, new ChangedFile([new Uint8Array([1, 2, 3])])));
    await expect(write).rejects.toMatchObject({ name: 'SourceUnreadable' });
    expect(await counts(db)).toEqual(before);
    expect(writesStoppedNow()).toBeUndefined();
  });

  it('refuses a pack whose File changed on disk as such, leaving the library as it was', async () => {
    const from = freshDb();
    const { c } = await caseWithScreenshot(from);
    const pack = await buildPack(from, c.id, { pdf: false });
    const db = freshDb();
    // Every stored file of the pack is a slice of the picked File, copied at commit.
    db.use(changedOnCommit(() => true));
    const r = await importPack(db, new Blob([pack.bytes as Uint8Array<ArrayBuffer>]), { worker: false, now: 1 });
    expect(r).toMatchObject({ ok: false, kind: 'changedOnDisk' });
    expect(await counts(db)).toEqual({ evidence: 0, blobs: 0, audit: 0 });
    expect(await db.cases.count()).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(writesStoppedNow()).toBeUndefined();
  });
});
