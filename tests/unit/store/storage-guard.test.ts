import type { DBCore, Middleware } from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEvidence, createCase } from '../../../utils/db/store';
import {
  assessSpace,
  largestFileNow,
  marginFor,
  MAX_MARGIN_BYTES,
  MAX_STORED_FILE_BYTES,
  MIN_MARGIN_BYTES,
  writeCost,
} from '../../../utils/db/space';
import { ensureRoom, resumeWrites, setEstimatorForTests, StorageRefused } from '../../../utils/db/storage-guard';
import {
  clearLatch,
  forgetLatchForTests,
  isStorageFailure,
  LATCH_KEY,
  writesStoppedNow,
} from '../../../utils/db/write-latch';
import { setCatalogue, type Catalogue } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

beforeEach(async () => {
  fakeBrowser.reset();
  setCatalogue('en', en as Catalogue);
  await clearLatch();
  setEstimatorForTests(async () => ({ usage: 0, quota: 100 * GiB }));
});
afterEach(() => setEstimatorForTests(undefined));

/** A disk that fails: every write to `table` is rejected by the "browser" with this error. */
function failingDisk(table: string, name: string, message: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    level: 1,
    create: (down) => ({
      ...down,
      table: (n) => {
        const t = down.table(n);
        return n === table ? { ...t, mutate: () => Promise.reject(new DOMException(message, name)) } : t;
      },
    }),
  };
}

describe('the margin kept free on the disk', () => {
  it('grows with the disk from 256 MiB to 2 GiB', () => {
    expect(marginFor(1 * GiB)).toBe(MIN_MARGIN_BYTES);
    expect(marginFor(50 * GiB)).toBe(Math.ceil(50 * GiB * 0.02));
    expect(marginFor(500 * GiB)).toBe(MAX_MARGIN_BYTES);
  });

  it('lets a write through only when it fits with the margin left over', () => {
    // 10 GiB quota: margin 256 MiB (2 % = 204.8 MiB is below the floor).
    const quota = 10 * GiB;
    const usage = quota - 300 * MiB;
    const room = 300 * MiB - MIN_MARGIN_BYTES;
    expect(assessSpace({ usage, quota }, 0)).toMatchObject({
      free: 300 * MiB,
      margin: MIN_MARGIN_BYTES,
      room,
      fits: true,
      low: true,
    });
    const fitting = Math.floor((room - 64 * 1024) / 1.1);
    expect(writeCost(fitting)).toBeLessThanOrEqual(room);
    expect(assessSpace({ usage, quota }, fitting).fits).toBe(true);
    expect(assessSpace({ usage, quota }, fitting + 2).fits).toBe(false);
    expect(largestFileNow(assessSpace({ usage, quota }, 0))).toBe(fitting);
  });

  it('never reports negative room, and caps one file at the restorable limit', () => {
    const full = assessSpace({ usage: 11 * GiB, quota: 10 * GiB }, 0);
    expect(full).toMatchObject({ free: 0, room: 0, fits: false, low: true });
    expect(largestFileNow(assessSpace({ usage: 0, quota: 100 * GiB }, 0))).toBe(MAX_STORED_FILE_BYTES);
    expect(assessSpace({ usage: 0, quota: 100 * GiB }, 0).low).toBe(false);
  });
});

describe('the storage guard', () => {
  it('refuses a capture that would not fit before anything is stored', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const before = {
      evidence: await db.evidence.count(),
      blobs: await db.blobs.count(),
      audit: await db.audit.count(),
    };
    setEstimatorForTests(async () => ({ usage: 10 * GiB - 260 * MiB, quota: 10 * GiB }));
    const write = addEvidence(db, {
      caseId: c.id,
      kind: 'screenshot',
      title: 'big',
      capturedAt: 1,
      capture: META,
      files: [{ name: 'a.png', mime: 'image/png', bytes: new Uint8Array(5 * MiB) }],
    });
    await expect(write).rejects.toMatchObject({ name: 'StorageRefused', kind: 'full' });
    await expect(write).rejects.toThrow(/^Not enough space: this needs 5\.6 MB, and only 4\.0 MB may still be used/);
    expect({
      evidence: await db.evidence.count(),
      blobs: await db.blobs.count(),
      audit: await db.audit.count(),
    }).toEqual(before);
    // Refusing is not a failure of the disk: writes are not stopped by it.
    expect(writesStoppedNow()).toBeUndefined();
  });

  it('refuses one file over the per-file limit whatever the space', async () => {
    await expect(ensureRoom(MAX_STORED_FILE_BYTES + 1, MAX_STORED_FILE_BYTES + 1)).rejects.toMatchObject({
      kind: 'file-too-large',
    });
    await expect(ensureRoom(MAX_STORED_FILE_BYTES, MAX_STORED_FILE_BYTES)).resolves.toBeUndefined();
  });

  it('stops every write after the first failed one, keeps it across a restart, and keeps reading', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    db.close();
    db.use(failingDisk('blobs', 'UnknownError', 'Failed to write blobs (IOError)'));
    await db.open();
    const write = addEvidence(db, {
      caseId: c.id,
      kind: 'screenshot',
      title: 'x',
      capturedAt: 1,
      capture: META,
      files: [{ name: 'b.png', mime: 'image/png', bytes: new Uint8Array([9, 9]) }],
    });
    await expect(write).rejects.toThrow(/IOError/);
    await expect
      .poll(async () => (await fakeBrowser.storage.local.get(LATCH_KEY))[LATCH_KEY])
      .toMatchObject({ error: expect.stringContaining('UnknownError') });
    expect(await fakeBrowser.storage.session.get(LATCH_KEY)).toHaveProperty(LATCH_KEY);

    // Any writer, through the store's functions or straight through Dexie, is refused; reading goes on.
    await expect(createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'another' })).rejects.toMatchObject({
      kind: 'stopped',
    });
    await expect(db.settings.put({ key: 'k', value: 1 })).rejects.toThrow(
      /^Saving is stopped because the browser could not write to the library \(UnknownError: Failed to write blobs \(IOError\)\)/,
    );
    expect(await db.cases.count()).toBe(1);
    expect(await db.evidence.count()).toBe(1);

    // A restart: this page's copy is gone, the latch in storage.local is not.
    await fakeBrowser.storage.session.clear();
    forgetLatchForTests();
    expect(writesStoppedNow()).toBeUndefined();
    const again = freshDb();
    await expect(again.settings.put({ key: 'k', value: 1 })).rejects.toMatchObject({ name: 'StorageRefused' });
  });

  it('resumes only when the estimate shows room again, and re-checks with a real write', async () => {
    const db = freshDb();
    db.use(failingDisk('settings', 'QuotaExceededError', 'Encountered full disk'));
    await expect(db.settings.put({ key: 'k', value: 1 })).rejects.toThrow(/full disk/);
    await expect.poll(() => writesStoppedNow()).toBeDefined();

    setEstimatorForTests(async () => ({ usage: 10 * GiB - 100 * MiB, quota: 10 * GiB }));
    const still = await resumeWrites(async () => undefined);
    expect(still.ok).toBe(false);
    expect(writesStoppedNow()).toBeDefined();

    setEstimatorForTests(async () => ({ usage: 1 * GiB, quota: 10 * GiB }));
    // The disk is still broken: the probe write fails and writes stay stopped.
    const broken = await resumeWrites(() => db.settings.put({ key: 'probe', value: 1 }).then(() => undefined));
    expect(broken.ok).toBe(false);
    expect(writesStoppedNow()).toBeDefined();

    const healthy = freshDb();
    expect(await resumeWrites(() => healthy.settings.put({ key: 'probe', value: 1 }).then(() => undefined))).toEqual({
      ok: true,
    });
    expect(writesStoppedNow()).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(LATCH_KEY)).toEqual({});
    await expect(caseWithScreenshot(healthy)).resolves.toBeTruthy();
  });

  it("does not stop writes for the program's own mistakes (a key clash)", async () => {
    const db = freshDb();
    await db.settings.add({ key: 'once', value: 1 });
    await expect(db.settings.add({ key: 'once', value: 2 })).rejects.toThrow();
    expect(writesStoppedNow()).toBeUndefined();
    expect(isStorageFailure(new DOMException('Key already exists', 'ConstraintError'))).toBe(false);
    expect(isStorageFailure(new DOMException('Failed to write blobs (IOError)', 'DataError'))).toBe(true);
    expect(isStorageFailure({ name: 'AbortError', inner: new DOMException('x', 'QuotaExceededError') })).toBe(true);
    expect(isStorageFailure(new StorageRefused('full', 'no room'))).toBe(false);
  });
});
