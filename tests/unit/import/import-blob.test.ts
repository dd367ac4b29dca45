import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../utils/export/pack';
import { importPack } from '../../../utils/import/import-pack';
import { caseWithScreenshot, freshDb } from '../../support/db';

describe('importing a pack given as a Blob (the File the user picked)', () => {
  it('reads it and imports exactly what the same bytes import', async () => {
    const from = freshDb();
    const { c } = await caseWithScreenshot(from);
    const pack = await buildPack(from, c.id, { pdf: false });
    const db = freshDb();
    const r = await importPack(db, new Blob([pack.bytes as Uint8Array<ArrayBuffer>]), { worker: false, now: 1 });
    expect(r).toMatchObject({ ok: true, caseId: c.id, evidence: 1, blobsAdded: 1 });
    const stored = await db.blobs.toArray();
    const original = await from.blobs.toArray();
    expect(stored.map((b) => b.sha256)).toEqual(original.map((b) => b.sha256));
    expect(new Uint8Array(await stored[0]!.data.arrayBuffer())).toEqual(
      new Uint8Array(await original[0]!.data.arrayBuffer()),
    );
  });

  it('refuses a damaged one as it refuses damaged bytes', async () => {
    const from = freshDb();
    const { c } = await caseWithScreenshot(from);
    const pack = await buildPack(from, c.id, { pdf: false });
    const cut = new Blob([pack.bytes.subarray(0, pack.bytes.byteLength - 40) as Uint8Array<ArrayBuffer>]);
    const r = await importPack(freshDb(), cut, { worker: false });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/not a readable pack/);
  });
});
