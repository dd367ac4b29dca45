import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../utils/audit/chain';
import {
  addEvidence,
  auditLog,
  caseEvidence,
  caseStorageBytes,
  createCase,
  mergeCases,
  renameEvidence,
} from '../../../utils/db/store';
import { HASH_CHUNK_BYTES, sha256Hex } from '../../../utils/hash';
import { matchesQuery } from '../../../utils/db/search-text';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

describe('library operations', () => {
  it('stores a large file from a Blob with the same hash as its bytes, hashing it in chunks', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    // More than one slice, so the progress has steps.
    const bytes = new Uint8Array(HASH_CHUNK_BYTES + 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 251;
    const progress: number[] = [];
    const ev = await addEvidence(
      db,
      {
        caseId: c.id,
        kind: 'uploaded-file',
        title: 'unboxing.mp4',
        capturedAt: Date.now(),
        capture: META,
        files: [{ name: 'unboxing.mp4', mime: 'video/mp4', blob: new Blob([bytes]) }],
      },
      (done) => progress.push(done),
    );
    expect(ev.files[0]).toMatchObject({ size: bytes.byteLength, sha256: await sha256Hex(bytes) });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(bytes.byteLength);
  });

  it('renames evidence and logs the old and new title', async () => {
    const db = freshDb();
    const { c, ev } = await caseWithScreenshot(db);
    await renameEvidence(db, ev.id, 'Cracked mug, photo 1');
    const log = await auditLog(db, c.id);
    expect(log.at(-1)).toMatchObject({
      action: 'edit',
      evidenceId: ev.id,
      details: { before: { title: 'Order page' }, after: { title: 'Cracked mug, photo 1' } },
    });
    await expect(renameEvidence(db, ev.id, '  ')).rejects.toThrow(/empty/);
  });

  it('merges two cases: every item moves, both chains stay intact, the source is retired', async () => {
    const db = freshDb();
    const a = await caseWithScreenshot(db);
    const b = await createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'Duplicate case' });
    await addEvidence(db, {
      caseId: b.id,
      kind: 'note',
      title: 'note',
      text: 'seller promised a refund',
      capturedAt: Date.now(),
      capture: META,
      files: [],
    });
    await mergeCases(db, b.id, a.c.id);
    expect((await caseEvidence(db, a.c.id)).map((e) => e.kind).sort()).toEqual(['note', 'screenshot']);
    expect((await db.cases.get(b.id))?.status).toBe('deleted');
    expect(verifyChain(await auditLog(db, a.c.id))).toEqual([]);
    expect(verifyChain(await auditLog(db, b.id))).toEqual([]);
    const doc = await db.search.get(a.c.id);
    expect(matchesQuery(doc!.text, 'promised refund')).toBe(true);
    await expect(mergeCases(db, a.c.id, a.c.id)).rejects.toThrow();
  });

  it('counts a case’s storage once per distinct file', async () => {
    const db = freshDb();
    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    const { c } = await caseWithScreenshot(db, bytes);
    await addEvidence(db, {
      caseId: c.id,
      kind: 'screenshot',
      title: 'same',
      capturedAt: 1,
      capture: META,
      files: [{ name: 's.png', mime: 'image/png', bytes }],
    });
    expect(await caseStorageBytes(db, c.id)).toBe(5);
  });

  it('search matches every term, case-insensitively, in Chinese and English', () => {
    expect(matchesQuery('order ds-1\n陶瓷保温杯 ceramic mug', 'CERAMIC 保温杯')).toBe(true);
    expect(matchesQuery('order ds-1\n陶瓷保温杯 ceramic mug', 'ceramic plate')).toBe(false);
  });
});
