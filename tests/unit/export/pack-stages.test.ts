import { createHash } from 'node:crypto';
import { strToU8, unzipSync, Zip, ZipPassThrough } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hashEntry } from '../../../utils/audit/chain';
import { addEvidence, auditLog, deleteEvidence } from '../../../utils/db/store';
import { checkBinding } from '../../../utils/export/pack-binding';
import {
  evidenceStage,
  manifestStage,
  redactPlanStage,
  reportsStage,
  sumsStage,
  verifyPageStage,
} from '../../../utils/export/pack-stages';
import { PackWriter, type PackProgress } from '../../../utils/export/pack-writer';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const NOW = new Date('2026-11-27T10:00:00Z');

/** A writer over a real ZIP whose bytes are collected, so a stage's output can be unpacked and read. */
function writerForTest(onProgress?: (p: PackProgress) => void) {
  const chunks: Uint8Array[] = [];
  let finished = false;
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    chunks.push(chunk);
    if (final) finished = true;
  });
  const w = new PackWriter(zip, '', NOW, { filesTotal: 0, bytesTotal: 0 }, onProgress);
  const unpack = () => {
    zip.end();
    if (!finished) throw new Error('the ZIP did not finish');
    return unzipSync(Buffer.concat(chunks));
  };
  return { w, unpack };
}

async function library() {
  const db = freshDb();
  const png = new Uint8Array(20_000).map((_, i) => (i * 31) & 0xff);
  const { c, ev } = await caseWithScreenshot(db, png);
  await addEvidence(db, {
    caseId: c.id,
    kind: 'note',
    title: 'call the courier at 13800138000',
    capturedAt: Date.now() + 1,
    capture: META,
    text: 'phone 13800138000',
    files: [{ name: 'note.txt', mime: 'text/plain', bytes: strToU8('ring 13800138000') }],
  });
  return { db, c, ev, png };
}

describe('pack writer', () => {
  it('writes a stored file byte for byte as fflate’s own pass-through entry (same CRC, same archive)', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) & 0xff);
    const { w } = writerForTest();
    const ours: Uint8Array[] = [];
    const theirs: Uint8Array[] = [];
    const a = new Zip((_e, c) => ours.push(c));
    const writer = new PackWriter(a, 'x/', NOW);
    await writer.addBlob('shot.png', new Blob([bytes]), 'image/png', 'ev1');
    a.end();
    const b = new Zip((_e, c) => theirs.push(c));
    const pass = new ZipPassThrough('x/shot.png');
    pass.mtime = NOW;
    b.add(pass);
    pass.push(bytes, true);
    b.end();
    expect(Buffer.compare(Buffer.concat(ours), Buffer.concat(theirs))).toBe(0);
    expect(writer.files).toEqual([
      { path: 'shot.png', size: bytes.byteLength, sha256: sha(bytes), mime: 'image/png', evidenceId: 'ev1' },
    ]);
    expect(w.files).toEqual([]);
  });

  it('lists what it writes unless told not to, and counts files and bytes', async () => {
    const progress: PackProgress[] = [];
    const { w, unpack } = writerForTest((p) => progress.push(p));
    await w.addBytes('a.txt', strToU8('hello'), 'text/plain');
    await w.addBlob('b.png', new Blob([new Uint8Array(10)]), 'image/png');
    await w.addBytes('SHA256SUMS', strToU8('x'), 'text/plain', undefined, true);
    expect(w.files.map((f) => f.path)).toEqual(['a.txt', 'b.png']);
    expect(Object.keys(unpack())).toEqual(['a.txt', 'b.png', 'SHA256SUMS']);
    expect(progress.at(-1)).toMatchObject({ filesDone: 3, bytesDone: 10 });
  });
});

describe('pack stages', () => {
  it('redact-plan: the library’s own items and log for a plain pack; a salt, masked facts and a redact entry for a masked one', async () => {
    const { db, c } = await library();
    const plain = await redactPlanStage(db, c.id, {});
    expect(plain.salt).toBeUndefined();
    expect(plain.audit).toEqual(await auditLog(db, c.id));
    expect(plain.items.find((i) => i.kind === 'note')?.text).toBe('phone 13800138000');
    const masked = await redactPlanStage(db, c.id, { redact: { text: true } });
    expect(masked.salt).toMatch(/^[0-9a-f]{32,}$/);
    expect(masked.items.find((i) => i.kind === 'note')?.text).not.toContain('13800138000');
    expect((await auditLog(db, c.id)).at(-1)?.action).toBe('redact');
    await expect(redactPlanStage(db, 'no-such-case', {})).rejects.toThrow('No case');
  });

  it('evidence: each stored file under evidence/NNN-kind/ with its hash; a deleted item listed without content', async () => {
    const { db, c, png } = await library();
    const extra = await addEvidence(db, {
      caseId: c.id,
      kind: 'screenshot',
      title: 'gone',
      capturedAt: Date.now() + 5,
      capture: META,
      files: [{ name: 'gone.png', mime: 'image/png', bytes: new Uint8Array([1, 2, 3]) }],
    });
    await deleteEvidence(db, extra.id);
    const { w, unpack } = writerForTest();
    const written = await evidenceStage(w, db, await redactPlanStage(db, c.id, {}));
    const files = unpack();
    expect(Object.keys(files)).toEqual(['evidence/001-screenshot/screenshot.png', 'evidence/002-note/note.txt']);
    expect(sha(files['evidence/001-screenshot/screenshot.png']!)).toBe(sha(png));
    expect(w.files.map((f) => f.sha256)).toEqual([sha(png), sha(strToU8('ring 13800138000'))]);
    const deleted = written.manifestEvidence.find((e) => e.id === extra.id)!;
    expect(deleted.deletedAt).toBeDefined();
    expect(deleted.files[0]).not.toHaveProperty('path');
    expect([...written.images.keys()]).toEqual(['evidence/001-screenshot/screenshot.png']);
  });

  it('evidence: names a file missing from the store', async () => {
    const { db, c, png } = await library();
    await db.blobs.delete(sha(png));
    const { w } = writerForTest();
    await expect(evidenceStage(w, db, await redactPlanStage(db, c.id, {}))).rejects.toThrow(
      'screenshot.png of "Order page" is missing from the store',
    );
  });

  it('reports: case.json and report.html; a PDF that cannot be made is recorded under omitted, with its reason', async () => {
    const { db, c } = await library();
    const plan = await redactPlanStage(db, c.id, {});
    const { w, unpack } = writerForTest();
    const evidence = await evidenceStage(w, db, plan);
    const made = await reportsStage(w, db, plan, evidence, 'en', NOW.toISOString(), () =>
      Promise.resolve('no font here'),
    );
    expect(made.pdf).toBeUndefined();
    expect(evidence.omitted).toEqual([{ path: 'report.pdf', reason: 'no font here' }]);
    const files = unpack();
    expect(JSON.parse(new TextDecoder().decode(files['case.json']))).toMatchObject({ id: c.id });
    expect(new TextDecoder().decode(files['report.html'])).toContain('Order DS-1');
    const withPdf = writerForTest();
    const pdf = await reportsStage(
      withPdf.w,
      db,
      plan,
      await evidenceStage(withPdf.w, db, plan),
      'en',
      NOW.toISOString(),
      () => Promise.resolve(strToU8('%PDF-1.7')),
    );
    expect(pdf.pdf).toEqual(strToU8('%PDF-1.7'));
    expect(withPdf.w.files.map((f) => f.path)).toContain('report.pdf');
  });

  it('verify.html: always written; no upload copies unless asked for', async () => {
    const { db, c } = await library();
    const plan = await redactPlanStage(db, c.id, {});
    const { w, unpack } = writerForTest();
    const evidence = await evidenceStage(w, db, plan);
    expect(await verifyPageStage(w, db, 'zh', evidence, undefined, {})).toBeUndefined();
    expect(new TextDecoder().decode(unpack()['verify.html'])).toContain('<html');
  });

  it('manifest, after-manifest, SHA256SUMS: the export entry binds every file; later files are summed, never manifested', async () => {
    const { db, c } = await library();
    const plan = await redactPlanStage(db, c.id, {});
    const { w, unpack } = writerForTest();
    const evidence = await evidenceStage(w, db, plan);
    await reportsStage(w, db, plan, evidence, 'en', NOW.toISOString(), () => Promise.resolve('left out'));
    await verifyPageStage(w, db, 'en', evidence, undefined, {});
    const sealed = await manifestStage(w, plan, evidence, undefined, {
      now: NOW,
      generatorVersion: '9.9.9',
      inBackup: false,
    });
    expect(sealed.exportEntry.hash).toBe(hashEntry(sealed.exportEntry));
    expect(sealed.manifest.audit.head).toBe(sealed.exportEntry.hash);
    expect(
      checkBinding(
        JSON.parse(new TextDecoder().decode(sealed.manifestBytes)) as Record<string, unknown>,
        sealed.manifest.audit.entries,
        new Map(w.files.map((f) => [f.path, f])),
      ).problems,
    ).toEqual([]);
    await sumsStage(w, sealed);
    const files = unpack();
    const sums = new TextDecoder().decode(files.SHA256SUMS).trim().split('\n');
    expect(sums.at(-1)).toBe(`${sha(files['manifest.json']!)}  manifest.json`);
    expect(sums).toHaveLength(w.files.length + 1);
    for (const line of sums) {
      const [hash, path] = line.split('  ');
      expect(sha(files[path!]!)).toBe(hash);
    }
  });
});
