import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addEvidence, deleteEvidence } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import { verifyPack } from '../../../utils/export/verify';
import { verifyCase } from '../../../utils/export/verify-case';
import { sealEntry } from '../../../utils/audit/chain';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { loadTestFont } from './font';

async function demoPack() {
  const db = freshDb();
  const { c, ev } = await caseWithScreenshot(db);
  await addEvidence(db, {
    caseId: c.id,
    kind: 'note',
    title: '<script>alert(1)</script>',
    capturedAt: Date.now() + 1000,
    capture: META,
    text: 'x',
    files: [{ name: 'note.txt', mime: 'text/plain', bytes: strToU8('a note') }],
  });
  return {
    db,
    c,
    ev,
    pack: await buildPack(db, c.id, { now: new Date('2026-11-23T10:00:00Z'), loadFont: loadTestFont }),
  };
}

describe('evidence pack', () => {
  it('holds the files, report, manifest and SHA256SUMS, and is named after platform, order and date', async () => {
    const { pack } = await demoPack();
    expect(pack.filename).toBe('OrderProof_demo-shop_DS-1_2026-11-23.zip');
    const files = Object.keys(unzipSync(pack.bytes)).sort();
    expect(files).toEqual([
      'SHA256SUMS',
      'case.json',
      'evidence/001-screenshot/screenshot.png',
      'evidence/002-note/note.txt',
      'installation-key.pem',
      'manifest.json',
      'manifest.json.sig',
      'report.html',
      'report.pdf',
      'verify.html',
    ]);
    expect(pack.fileCount).toBe(files.length);
    // The pack's own export entry, sealed after every other file, ends its log.
    expect(pack.manifest.audit.entries.map((e) => e.action)).toEqual(['create', 'attach', 'attach', 'export']);
  });

  it('passes `sha256sum -c SHA256SUMS` once unpacked', async () => {
    const { pack } = await demoPack();
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    for (const [path, bytes] of Object.entries(unzipSync(pack.bytes))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    // Every file but SHA256SUMS itself and the signature and key made after it.
    expect(out.trim().split('\n')).toHaveLength(pack.fileCount - 3);
    expect(out).not.toMatch(/FAILED/);
  });

  it('verifies, and names the file when one byte of it is changed', async () => {
    const { pack } = await demoPack();
    expect(await verifyPack(pack.bytes)).toMatchObject({ ok: true, problems: [] });
    const entries = unzipSync(pack.bytes);
    const png = entries['evidence/001-screenshot/screenshot.png']!;
    png[png.length - 1] = png.at(-1)! ^ 0xff;
    const report = await verifyPack(zipSync(entries));
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toContain('evidence/001-screenshot/screenshot.png');
  });

  it('names an altered audit entry inside a pack', async () => {
    const { pack } = await demoPack();
    const entries = unzipSync(pack.bytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      audit: { entries: { details: Record<string, unknown> }[] };
    };
    manifest.audit.entries[1]!.details.title = 'something else';
    entries['manifest.json'] = strToU8(JSON.stringify(manifest));
    const report = await verifyPack(zipSync(entries));
    expect(report.problems.join('\n')).toMatch(/audit entry 1 \(attach\) was altered/);
  });

  it('renders captured text as text in the report, never as markup', async () => {
    const { pack } = await demoPack();
    const html = new TextDecoder().decode(unzipSync(pack.bytes)['report.html']);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|(src|href)="https?:/);
  });

  it('lists deleted evidence in the manifest without its content', async () => {
    const { db, c, ev } = await demoPack();
    await deleteEvidence(db, ev.id);
    const pack = await buildPack(db, c.id);
    expect(Object.keys(unzipSync(pack.bytes))).not.toContain('evidence/001-screenshot/screenshot.png');
    expect(pack.manifest.evidence[0]).toMatchObject({ id: ev.id, deletedAt: expect.any(String) });
    expect((await verifyPack(pack.bytes)).ok).toBe(true);
  });
});

describe('verify the store', () => {
  it('passes an untouched case', async () => {
    const { db, c } = await demoPack();
    expect(await verifyCase(db, c.id)).toMatchObject({ ok: true, filesChecked: 2, entriesChecked: 3 });
  });

  it('names a stored file whose content was changed', async () => {
    const { db, c, ev } = await demoPack();
    const sha = ev.files[0]!.sha256;
    await db.blobs.update(sha, { data: new Blob([new Uint8Array([0, 0, 0])]) });
    const report = await verifyCase(db, c.id);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringContaining('"Order page" / screenshot.png: content changed')]);
  });

  it('names a file whose recorded hash was rewritten to match new content', async () => {
    const { db, c, ev } = await demoPack();
    const forged = new Uint8Array([7, 7, 7]);
    const { sha256Hex } = await import('../../../utils/hash');
    const sha = await sha256Hex(forged);
    await db.blobs.add({ sha256: sha, size: 3, mime: 'image/png', data: new Blob([forged]) });
    await db.evidence.update(ev.id, { files: [{ ...ev.files[0]!, sha256: sha, size: 3 }] });
    const report = await verifyCase(db, c.id);
    expect(report.problems.join('\n')).toContain('not the one recorded in the audit log');
  });

  it('names an audit entry that was edited in the store', async () => {
    const { db, c } = await demoPack();
    await db.audit.update([c.id, 1], { at: 0 });
    expect((await verifyCase(db, c.id)).problems).toEqual([
      expect.stringMatching(/audit entry 1 \(attach\) was altered/),
    ]);
  });

  it('names an audit entry replaced by a re-sealed forgery', async () => {
    const { db, c } = await demoPack();
    const original = (await db.audit.get([c.id, 1]))!;
    await db.audit.put(sealEntry({ ...original, details: { title: 'forged' } }));
    expect((await verifyCase(db, c.id)).problems.join('\n')).toMatch(
      /audit entry 2 does not point at the entry before it/,
    );
  });
});
