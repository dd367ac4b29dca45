import { createHash } from 'node:crypto';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addEvidence, auditLog } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import type { Box } from '../../../utils/export/redact';
import { verifyPack } from '../../../utils/export/verify';
import { verifyCase } from '../../../utils/export/verify-case';
import { commitment } from '../../../utils/export/mask-log';
import { VERIFY_CORE_JS } from '../../../utils/export/verify-html';
import { recordExport } from '../../../utils/export/record-export';
import { importPack } from '../../../utils/import/import-pack';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

const EMAIL = 'jane.doe@example.com';
const PHONE = '13812345678';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const dec = new TextDecoder();

async function library() {
  const db = freshDb();
  const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3, 4]);
  const { c, ev } = await caseWithScreenshot(db, png);
  const note = await addEvidence(db, {
    caseId: c.id,
    kind: 'note',
    title: 'Seller chat',
    capturedAt: Date.now() + 1,
    capture: META,
    text: `Write to ${EMAIL} or call ${PHONE}`,
    files: [
      {
        name: 'note.txt',
        mime: 'text/plain;charset=utf-8',
        bytes: strToU8(`Contact: ${EMAIL}\nPhone ${PHONE}\nOrder DS-1 arrived broken.`),
      },
    ],
  });
  const order = {
    marketplace: 'demo-shop',
    orderId: 'DS-1',
    items: [{ title: 'Mug', quantity: 1 }],
    amounts: {},
    shipments: [],
    provenance: {},
    confidence: 'adapter' as const,
    recipient: '张三',
    address: '上海市浦东新区世纪大道100号',
  };
  await addEvidence(db, {
    caseId: c.id,
    kind: 'order-data',
    title: 'Order data',
    capturedAt: Date.now() + 2,
    capture: META,
    order,
    files: [{ name: 'order.json', mime: 'application/json', bytes: strToU8(JSON.stringify(order, null, 2)) }],
  });
  await addEvidence(db, {
    caseId: c.id,
    kind: 'page-snapshot',
    title: 'Snapshot',
    capturedAt: Date.now() + 3,
    capture: META,
    files: [{ name: 'page.mhtml', mime: 'multipart/related', bytes: strToU8(`From: <Saved by Blink>\n\n${EMAIL}`) }],
  });
  return { db, c, png, shotSha: ev.files[0]!.sha256, note };
}

describe('masked evidence packs', () => {
  it('holds masked copies, names no original by its hash (only by salted commitment), logs what was masked, and verifies', async () => {
    const { db, c, png, shotSha, note } = await library();
    const box: Box = { x: 1, y: 2, width: 30, height: 10 };
    const painted: { boxes: readonly Box[]; size: number }[] = [];
    const pack = await buildPack(db, c.id, {
      pdf: false,
      redact: { text: true, boxes: { [shotSha]: [box] } },
      // Node has no canvas: a stand-in painter that records the boxes and returns different bytes.
      paintImage: async (image, boxes) => {
        painted.push({ boxes, size: image.size });
        return new Blob([new Uint8Array([...png, 0xbb])], { type: 'image/png' });
      },
    });
    const entries = unzipSync(pack.bytes);

    const noteText = dec.decode(entries['evidence/002-note/note.txt']);
    expect(noteText).not.toContain(EMAIL);
    expect(noteText).not.toContain(PHONE);
    expect(noteText).toContain('Order DS-1 arrived broken.');
    const orderJson = JSON.parse(dec.decode(entries['evidence/003-order-data/order.json'])) as Record<string, unknown>;
    expect(orderJson.orderId).toBe('DS-1');
    expect(orderJson.recipient).not.toBe('张三');
    expect(String(orderJson.address)).not.toContain('世纪大道');
    expect(painted).toEqual([{ boxes: [box], size: png.byteLength }]);

    // Nothing in the pack (manifest, log, report, files) still holds the masked data.
    for (const [path, bytes] of Object.entries(entries)) {
      expect(dec.decode(bytes), path).not.toContain(EMAIL);
      expect(dec.decode(bytes), path).not.toContain('世纪大道');
    }
    expect(Object.keys(entries)).not.toContain('evidence/004-page-snapshot/page.mhtml');
    expect(pack.manifest.omitted?.filter((o) => o.path !== 'report.pdf')).toEqual([
      { path: 'evidence/004-page-snapshot/page.mhtml', reason: expect.stringContaining('cannot be masked') },
    ]);

    const log = await auditLog(db, c.id);
    const entry = log.at(-1)!;
    expect(entry.action).toBe('redact');
    expect(entry.details).toMatchObject({
      text: true,
      boxes: 1,
      counts: { email: 1, phone: 1, name: 1, address: 1, box: 1 },
      records: { email: 1, phone: 1, name: 1, address: 1 },
    });
    const originals = [
      shotSha,
      ...(entry.details.files as { sha256: string }[]).map((f) => f.sha256),
      ...(entry.details.omitted as string[]),
    ];
    expect(new Set(originals).size).toBe(4);

    // No original the pack masks or leaves out is named by its hash anywhere in it, nor is any library
    // log hash that depends on one (from the first entry naming an original on, each is a hash over
    // an original's hash, so a guess could be confirmed with it).
    const salt = pack.salt!;
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    const firstNaming = log.findIndex((a) => originals.some((h) => JSON.stringify(a.details).includes(h)));
    expect(firstNaming).toBeGreaterThan(0);
    const oracles = [...originals, ...log.slice(firstNaming).map((a) => a.hash)];
    for (const [path, bytes] of Object.entries(entries)) {
      const text = dec.decode(bytes);
      for (const h of oracles) expect(text.includes(h), `${path} holds ${h}`).toBe(false);
      expect(text.includes(salt), `${path} holds the salt`).toBe(false);
    }
    // Each masked file names its original by a salted commitment: whoever is given the salt and holds the original can check it.
    const noteFile = pack.manifest.evidence.find((e) => e.id === note.id)!.files[0]!;
    expect(noteFile).toMatchObject({
      committedFrom: commitment(salt, note.files[0]!.sha256),
      sha256: sha(entries['evidence/002-note/note.txt']!),
    });
    expect(noteFile.redactedFrom).toBeUndefined();
    expect(pack.manifest.evidence[0]!.files[0]).toMatchObject({
      committedFrom: commitment(salt, shotSha),
      sha256: sha(entries['evidence/001-screenshot/screenshot.png']!),
    });
    expect(pack.manifest.evidence[3]!.files[0]).toEqual({
      name: 'page.mhtml',
      mime: 'multipart/related',
      size: expect.any(Number),
      committedFrom: commitment(salt, entry.details.omitted as string),
    });
    // The pack's log is the library's with commitments in place of those hashes, sealed as its own chain,
    // and ends with the export entry that binds the masked files.
    const packLog = pack.manifest.audit.entries;
    expect(packLog.map((a) => a.action)).toEqual([...log.map((a) => a.action), 'export']);
    expect((packLog.at(-2)!.details.files as { sha256: string }[]).map((f) => f.sha256).sort()).toEqual(
      (entry.details.files as { sha256: string }[]).map((f) => commitment(salt, f.sha256)).sort(),
    );

    // It verifies on its own, with every check (items against the log, files against the export entry).
    expect(await verifyPack(pack.bytes, { expectedHead: pack.manifest.audit.head })).toMatchObject({
      ok: true,
      problems: [],
      notes: [expect.stringMatching(/^Signed by installation key [0-9a-f]{64}/)],
    });
    const checkPack = new Function(`${VERIFY_CORE_JS}\nreturn checkPack;`)() as (
      files: unknown[],
      o: unknown,
    ) => Promise<{ ok: boolean; problems: string[] }>;
    const files = Object.entries(entries).map(([path, bytes]) => ({
      path,
      name: path.split('/').pop(),
      size: bytes.byteLength,
      read: () => Promise.resolve(bytes.slice().buffer),
    }));
    expect(await checkPack(files, { expectedHead: pack.manifest.audit.head })).toMatchObject({
      ok: true,
      problems: [],
    });
    // The library logs the export once the file is saved, keeping the salt and the masked pack's head.
    const logged = await recordExport(db, pack);
    expect(logged.details).toMatchObject({ masked: true, salt, packHead: pack.manifest.audit.head });
    expect((await verifyCase(db, c.id)).ok).toBe(true);
    // A masked copy is for sharing, never a way back into a library.
    expect(await importPack(freshDb(), pack.bytes, { worker: false })).toEqual({
      ok: false,
      kind: 'masked',
      reason: expect.stringContaining('redacted copies'),
    });
  });

  it('is caught when a masked copy is changed after export', async () => {
    const { db, c } = await library();
    const pack = await buildPack(db, c.id, { pdf: false, redact: { text: true } });
    const entries = unzipSync(pack.bytes);
    entries['evidence/002-note/note.txt'] = strToU8(
      dec.decode(entries['evidence/002-note/note.txt']).replace('broken', 'fine!!'),
    );
    const { zipSync } = await import('fflate');
    const report = await verifyPack(zipSync(entries));
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toContain('evidence/002-note/note.txt');
  });

  it('leaves an ordinary export exactly as it was', async () => {
    const { db, c } = await library();
    const before = (await auditLog(db, c.id)).length;
    const pack = await buildPack(db, c.id, { pdf: false });
    expect(dec.decode(unzipSync(pack.bytes)['evidence/002-note/note.txt'])).toContain(EMAIL);
    expect(pack.manifest.evidence.flatMap((e) => e.files).some((f) => f.redactedFrom || f.committedFrom)).toBe(false);
    expect(await auditLog(db, c.id)).toHaveLength(before);
  });
});
