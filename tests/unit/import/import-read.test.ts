import { describe, expect, it } from 'vitest';
import { addEvidence } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import { verifyPackEntries } from '../../../utils/export/verify';
import { sha256Hex } from '../../../utils/hash';
import { importPack } from '../../../utils/import/import-pack';
import { openPackArchive } from '../../../utils/import/pack-source';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { noise } from '../../support/noise';
import { CountingBlob } from '../../support/counting-blob';

async function packOfShots(shots: number) {
  const db = freshDb();
  const { c } = await caseWithScreenshot(db);
  for (let i = 0; i < shots; i++)
    await addEvidence(db, {
      caseId: c.id,
      kind: 'screenshot',
      title: `shot ${i}`,
      capturedAt: 10 + i,
      capture: META,
      files: [{ name: 's.png', mime: 'image/png', bytes: noise(30_000, 200 + i) }],
    });
  return { db, pack: await buildPack(db, c.id, { pdf: false }) };
}

describe('importing a pack from the picked File', () => {
  it('reads the file a few times, not once per entry, and keeps pictures as slices of it holding their bytes', async () => {
    const { db, pack } = await packOfShots(5);
    const file = new CountingBlob([pack.bytes as Uint8Array<ArrayBuffer>]);
    const target = freshDb();
    const r = await importPack(target, file, { worker: false });
    expect(r).toMatchObject({ ok: true, evidence: 6, blobsAdded: 6 });
    expect(file.reads).toBeLessThan(5);
    // The 6 pictures (stored, not deflated) refer to the pack File, and each holds exactly its bytes.
    expect(file.refs).toBe(6);
    for (const record of await db.blobs.toArray()) {
      const imported = await target.blobs.get(record.sha256);
      expect(new Uint8Array(await imported!.data.arrayBuffer())).toEqual(
        new Uint8Array(await record.data.arrayBuffer()),
      );
      expect(await sha256Hex(new Uint8Array(await imported!.data.arrayBuffer()))).toBe(record.sha256);
    }
  });

  it('starts each file’s hash as it is read: the digests are those of the bytes, by path inside the folder', async () => {
    const { pack } = await packOfShots(2);
    const { readHashed } = await openPackArchive(new Blob([pack.bytes as Uint8Array<ArrayBuffer>]), {});
    const { files, digests } = await readHashed(() => true);
    expect([...digests.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, bytes] of files) expect(await digests.get(path)).toBe(await sha256Hex(bytes));
    const inFolder = await (
      await openPackArchive(new Blob([pack.bytes as Uint8Array<ArrayBuffer>]), {})
    ).readHashed((name) => name.startsWith('evidence/'), 'evidence/');
    expect([...inFolder.digests.keys()].every((p) => !p.startsWith('evidence/'))).toBe(true);
    expect(inFolder.digests.size).toBe(inFolder.files.size);
  });

  it('verifies against the digests it is given, so a digest that is not the file’s refuses the pack', async () => {
    const { pack } = await packOfShots(1);
    const { readHashed } = await openPackArchive(pack.bytes, {});
    const { files, digests } = await readHashed(() => true);
    expect((await verifyPackEntries(files, { digests })).ok).toBe(true);
    const path = [...files.keys()].find((p) => p.endsWith('.png'))!;
    const wrong = new Map(digests).set(path, Promise.resolve('0'.repeat(64)));
    const report = await verifyPackEntries(files, { digests: wrong });
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toContain(path);
  });
});
