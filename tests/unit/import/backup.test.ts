import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../utils/audit/chain';
import type { OrderProofDB } from '../../../utils/db/database';
import { addEvidence, auditLog, createCase, deleteEvidence, moveEvidence } from '../../../utils/db/store';
import { buildBackup } from '../../../utils/export/backup';
import { verifyCase } from '../../../utils/export/verify-case';
import { restoreBackup } from '../../../utils/import/restore-backup';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

async function library() {
  const db = freshDb();
  const { c: a } = await caseWithScreenshot(db);
  const b = await createCase(db, { platform: 'taobao', role: 'seller', title: '第二个案件' });
  const shared = await addEvidence(db, {
    caseId: b.id,
    kind: 'screenshot',
    title: 'same picture',
    capturedAt: 5,
    capture: META,
    files: [{ name: 's.png', mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) }],
  });
  const moved = await addEvidence(db, {
    caseId: b.id,
    kind: 'note',
    title: 'moved note',
    text: 'hello',
    capturedAt: 6,
    capture: META,
    files: [{ name: 'm.txt', mime: 'text/plain', bytes: strToU8('m') }],
  });
  await moveEvidence(db, moved.id, a.id);
  const gone = await addEvidence(db, {
    caseId: b.id,
    kind: 'note',
    title: 'gone',
    capturedAt: 7,
    capture: META,
    files: [{ name: 'g.txt', mime: 'text/plain', bytes: strToU8('g') }],
  });
  await deleteEvidence(db, gone.id);
  await createCase(db, { platform: 'jd', role: 'buyer', title: 'empty case' });
  return { db, shared };
}

async function state(db: OrderProofDB) {
  const cases = (await db.cases.toArray()).sort((x, y) => x.id.localeCompare(y.id));
  const evidence = (await db.evidence.toArray()).sort((x, y) => x.id.localeCompare(y.id));
  const blobs = (await db.blobs.toArray()).map((b) => b.sha256).sort();
  return { cases, evidence, blobs };
}

describe('backup of every case', () => {
  it('restores into a fresh library with every audit chain verified', async () => {
    const { db } = await library();
    const backup = await buildBackup(db, { now: new Date('2026-11-23T00:00:00Z') });
    expect(backup.filename).toBe('OrderProof_backup_2026-11-23.zip');
    expect(backup.index.cases).toHaveLength(3);
    const target = freshDb();
    const result = await restoreBackup(target, backup.bytes);
    expect(result).toMatchObject({ ok: true, cases: 3 });
    expect(await state(target)).toEqual(await state(db));
    for (const c of await db.cases.toArray()) {
      const log = await auditLog(target, c.id);
      expect(verifyChain(log)).toEqual([]);
      // Each case folder ends its log with its own export entry (marked as part of a backup), then the import.
      expect(log.slice(0, -2)).toEqual(await auditLog(db, c.id));
      expect(log.at(-2)).toMatchObject({ action: 'export', details: { backup: true } });
      expect(log.at(-1)?.action).toBe('import');
      expect(await verifyCase(target, c.id)).toMatchObject({ ok: true });
    }
  });

  it('refuses the whole backup when one case in it was tampered with, writing nothing', async () => {
    const { db } = await library();
    const files = unzipSync((await buildBackup(db)).bytes);
    const target = freshDb();
    const victim = Object.keys(files).find((p) => p.startsWith('cases/002/') && p.includes('/evidence/'))!;
    const bad = { ...files, [victim]: strToU8('changed') };
    const result = await restoreBackup(target, zipSync(bad as Zippable));
    expect(result).toEqual({
      ok: false,
      kind: 'altered',
      reason: expect.stringContaining(victim.slice('cases/002/'.length)),
    });
    expect(await target.cases.count()).toBe(0);
    expect(await target.blobs.count()).toBe(0);
    expect(await target.audit.count()).toBe(0);
    const stray = await restoreBackup(target, zipSync({ ...files, 'cases/009/x.txt': strToU8('x') } as Zippable));
    expect(stray).toEqual({ ok: false, kind: 'altered', reason: expect.stringMatching(/not part of any case/) });
    const noIndex = await restoreBackup(
      target,
      zipSync(Object.fromEntries(Object.entries(files).filter(([p]) => p !== 'backup.json')) as Zippable),
    );
    expect(noIndex).toEqual({ ok: false, kind: 'notPack', reason: expect.stringMatching(/backup\.json is missing/) });
    expect(await target.cases.count()).toBe(0);
  });
});
