import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../utils/audit/chain';
import {
  addEvidence,
  auditLog,
  caseEvidence,
  createCase,
  deleteEvidence,
  editCase,
  findCaseForOrder,
  moveEvidence,
  recentCases,
} from '../../../utils/db/store';
import { sha256Hex } from '../../../utils/hash';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

describe('evidence store', () => {
  it('stores an item with the SHA-256 of each file, computed from its bytes', async () => {
    const db = freshDb();
    const bytes = new TextEncoder().encode('hello evidence');
    const { ev } = await caseWithScreenshot(db, bytes);
    expect(ev.files[0]!.sha256).toBe(await sha256Hex(bytes));
    const blob = await db.blobs.get(ev.files[0]!.sha256);
    expect(new Uint8Array(await blob!.data.arrayBuffer())).toEqual(bytes);
  });

  it('stores the same bytes once, however often they are saved', async () => {
    const db = freshDb();
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const { c } = await caseWithScreenshot(db, bytes);
    await addEvidence(db, {
      caseId: c.id,
      kind: 'screenshot',
      title: 'again',
      capturedAt: 1,
      capture: META,
      files: [{ name: 'a.png', mime: 'image/png', bytes }],
    });
    expect(await db.blobs.count()).toBe(1);
    expect(await db.evidence.count()).toBe(2);
  });

  it('logs create, attach, edit, move and delete as one unbroken chain per case', async () => {
    const db = freshDb();
    const { c, ev } = await caseWithScreenshot(db);
    const other = await createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'Other' });
    await editCase(db, c.id, { title: 'Renamed', dates: { delivered: '2026-11-08' } });
    await moveEvidence(db, ev.id, other.id);
    await deleteEvidence(db, ev.id, 'duplicate');
    const log = await auditLog(db, c.id);
    expect(log.map((e) => e.action)).toEqual(['create', 'attach', 'edit', 'move']);
    expect(verifyChain(log)).toEqual([]);
    const otherLog = await auditLog(db, other.id);
    expect(otherLog.map((e) => e.action)).toEqual(['create', 'move', 'delete']);
    expect(verifyChain(otherLog)).toEqual([]);
    expect((await db.cases.get(c.id))?.dates.delivered).toBe('2026-11-08');
  });

  it('deleting evidence removes its content but keeps its record and log entries', async () => {
    const db = freshDb();
    const { c, ev } = await caseWithScreenshot(db);
    await deleteEvidence(db, ev.id);
    expect(await db.blobs.count()).toBe(0);
    const kept = await db.evidence.get(ev.id);
    expect(kept?.deletedAt).toBeTypeOf('number');
    expect(kept?.files[0]?.sha256).toBe(ev.files[0]!.sha256);
    const log = await auditLog(db, c.id);
    expect(log.map((e) => e.action)).toEqual(['create', 'attach', 'delete']);
  });

  it('keeps a blob another item still uses when one item is deleted', async () => {
    const db = freshDb();
    const bytes = new Uint8Array([9, 9, 9]);
    const { c, ev } = await caseWithScreenshot(db, bytes);
    await addEvidence(db, {
      caseId: c.id,
      kind: 'screenshot',
      title: 'copy',
      capturedAt: 1,
      capture: META,
      files: [{ name: 'b.png', mime: 'image/png', bytes }],
    });
    await deleteEvidence(db, ev.id);
    expect(await db.blobs.count()).toBe(1);
  });

  it('refuses a record that fails its schema, storing nothing', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const before = await db.evidence.count();
    await expect(
      addEvidence(db, { caseId: c.id, kind: 'bogus' as 'note', title: 'x', capturedAt: 1, capture: META, files: [] }),
    ).rejects.toThrow();
    await expect(createCase(db, { platform: '', role: 'buyer', title: 'x' })).rejects.toThrow();
    expect(await db.evidence.count()).toBe(before);
    expect(await db.cases.count()).toBe(1);
  });

  it('refuses evidence for a case that does not exist, leaving no orphan blob', async () => {
    const db = freshDb();
    await expect(
      addEvidence(db, {
        caseId: 'no-such-case-id',
        kind: 'note',
        title: 'x',
        capturedAt: 1,
        capture: META,
        files: [{ name: 'n.txt', mime: 'text/plain', bytes: new Uint8Array([1]) }],
      }),
    ).rejects.toThrow(/No case/);
    expect(await db.blobs.count()).toBe(0);
  });

  it('finds the open case of an order and lists recent cases newest first', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    expect((await findCaseForOrder(db, 'demo-shop', 'DS-1'))?.id).toBe(c.id);
    expect(await findCaseForOrder(db, 'amazon', 'DS-1')).toBeUndefined();
    const later = await createCase(db, { platform: 'amazon', role: 'seller', title: 'Later' });
    expect((await recentCases(db)).map((x) => x.id)).toEqual([later.id, c.id]);
    expect(await caseEvidence(db, later.id)).toEqual([]);
  });
});
