import { describe, expect, it } from 'vitest';
import { addEvidence } from '../../../utils/db/store';
import { buildBackup } from '../../../utils/export/backup';
import { restoreBackup } from '../../../utils/import/restore-backup';
import { readAheadSource } from '../../../utils/import/pack-source';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { noise } from '../../support/noise';
import { CountingBlob } from '../../support/counting-blob';

describe('reading a backup from its file', () => {
  it('returns the bytes asked for wherever they lie: inside a window, across its end, past the file', async () => {
    const bytes = noise(10_000, 23);
    const blob = new CountingBlob([bytes]);
    const source = readAheadSource(blob, 4096);
    for (const [offset, length] of [
      [0, 30],
      [30, 4000],
      [4000, 200],
      [9000, 3000],
      [100, 9000],
      [9990, 10],
    ] as const) {
      expect(await source.read(offset, length)).toEqual(bytes.subarray(offset, offset + length));
    }
    // Three windows read where asked (at 0, 9000 and 100), three read ahead, which served [4000, 200] and [9990, 10].
    expect(blob.reads).toBe(6);
  });

  it('restores a case of many files with a few reads of the file, not two per entry, pictures kept as slices of it', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    for (let i = 0; i < 12; i++)
      await addEvidence(db, {
        caseId: c.id,
        kind: 'screenshot',
        title: `shot ${i}`,
        capturedAt: 10 + i,
        capture: META,
        files: [{ name: 's.png', mime: 'image/png', bytes: noise(20_000, 100 + i) }],
      });
    const backup = await buildBackup(db, { now: new Date('2026-11-28T00:00:00Z') });
    const file = new CountingBlob([backup.bytes as Uint8Array<ArrayBuffer>]);
    const target = freshDb();
    const result = await restoreBackup(target, file);
    expect(result).toMatchObject({ ok: true, cases: 1, evidence: 13 });
    expect(file.reads).toBeLessThan(5);
    // The 13 pictures (stored, not deflated) refer to the backup File; each still holds exactly its bytes.
    expect(file.refs).toBe(13);
    for (const record of await db.blobs.toArray()) {
      const restored = await target.blobs.get(record.sha256);
      expect(new Uint8Array(await restored!.data.arrayBuffer())).toEqual(
        new Uint8Array(await record.data.arrayBuffer()),
      );
    }
  });
});
