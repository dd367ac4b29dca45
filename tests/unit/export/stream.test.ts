import { createHash } from 'node:crypto';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addEvidence } from '../../../utils/db/store';
import { buildBackup } from '../../../utils/export/backup';
import { buildPack, buildPackBlob, type PackProgress, writePackInto, zipStream } from '../../../utils/export/pack';
import { verifyPack } from '../../../utils/export/verify';
import { restoreBackup } from '../../../utils/import/restore-backup';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { loadTestFont } from './font';
import { noise } from '../../support/noise';

async function library() {
  const db = freshDb();
  const { c } = await caseWithScreenshot(db, noise(300_000, 1));
  await addEvidence(db, {
    caseId: c.id,
    kind: 'screenshot',
    title: 'second',
    capturedAt: Date.now() + 1,
    capture: META,
    files: [{ name: 'two.png', mime: 'image/png', bytes: noise(200_000, 2) }],
  });
  await addEvidence(db, {
    caseId: c.id,
    kind: 'note',
    title: 'note',
    capturedAt: Date.now() + 2,
    capture: META,
    text: 'n',
    files: [{ name: 'n.txt', mime: 'text/plain', bytes: strToU8('a note '.repeat(1000)) }],
  });
  return { db, c };
}

describe('streaming export', () => {
  it('gives the same pack as a Blob as in memory, and it verifies', async () => {
    const { db, c } = await library();
    const now = new Date('2026-11-23T10:00:00Z');
    const inMemory = await buildPack(db, c.id, { now, loadFont: loadTestFont });
    const streamed = await buildPackBlob(db, c.id, { now, loadFont: loadTestFont });
    const bytes = new Uint8Array(await streamed.blob.arrayBuffer());
    expect(streamed.blob.type).toBe('application/zip');
    expect(streamed.filename).toBe(inMemory.filename);
    // Byte for byte the same files, but for the signature: ECDSA signs with a fresh random nonce each time.
    const { 'manifest.json.sig': sigA, ...filesA } = unzipSync(bytes);
    const { 'manifest.json.sig': sigB, ...filesB } = unzipSync(inMemory.bytes);
    expect(filesA).toEqual(filesB);
    expect(sigA && sigB).toBeTruthy();
    expect(await verifyPack(bytes)).toMatchObject({ ok: true, problems: [] });
    expect(Object.keys(unzipSync(bytes))).toHaveLength(streamed.fileCount);
  });

  it('hands ZIP bytes on while later files are still unread, and reports files and bytes done', async () => {
    const { db, c } = await library();
    const events: string[] = [];
    const progress: PackProgress[] = [];
    const { zip, done } = zipStream((chunk) => events.push(`chunk ${chunk.byteLength}`));
    const written = await writePackInto(zip, db, c.id, {
      pdf: false,
      onProgress: (p) => {
        progress.push(p);
        events.push(`file ${p.filesDone}`);
      },
    });
    zip.end();
    await done;
    // The first screenshot's bytes are out before the second screenshot has been read.
    expect(events.indexOf('file 2')).toBeGreaterThan(events.findIndex((e) => e.startsWith('chunk')));
    const last = progress.at(-1)!;
    expect(last.bytesDone).toBe(300_000 + 200_000 + 7000);
    expect(last.bytesDone).toBe(last.bytesTotal);
    // report.pdf was left out on request, so one file short of the planned total.
    expect(last.filesDone).toBe(written.fileCount);
    expect(progress.map((p) => p.filesDone)).toEqual([...progress.map((p) => p.filesDone)].sort((a, b) => a - b));
  });

  it('hashes a file too big to read whole in slices, to the hash any tool computes', async () => {
    const db = freshDb();
    const big = noise(17 * 1024 * 1024 + 5, 3);
    const { c } = await caseWithScreenshot(db, big);
    const pack = await buildPackBlob(db, c.id, { pdf: false });
    const bytes = new Uint8Array(await pack.blob.arrayBuffer());
    const listed = pack.manifest.files.find((f) => f.path === 'evidence/001-screenshot/screenshot.png');
    expect(listed?.sha256).toBe(createHash('sha256').update(big).digest('hex'));
    const sha = (b: Uint8Array | undefined) =>
      createHash('sha256')
        .update(b ?? new Uint8Array())
        .digest('hex');
    // Compared by hash: a deep equality over 17 MB element by element takes minutes.
    expect(sha(unzipSync(bytes)['evidence/001-screenshot/screenshot.png'])).toBe(sha(big));
    expect((await verifyPack(bytes)).ok).toBe(true);
  });

  it('streams a backup of every case that restores', async () => {
    const { db } = await library();
    const backup = await buildBackup(db);
    const names = Object.keys(unzipSync(backup.bytes));
    expect(names).toContain('backup.json');
    expect(names).toContain('cases/001/manifest.json');
    const target = freshDb();
    expect(await restoreBackup(target, backup.bytes)).toMatchObject({ ok: true, cases: 1, evidence: 3 });
  });
});
