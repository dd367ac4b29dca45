import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../../utils/export/pack';
import { verifyPack } from '../../../utils/export/verify';
import { VERIFY_CORE_JS } from '../../../utils/export/verify-html';
import { writeTsaSettings } from '../../../utils/trust/tsa-settings';
import {
  captureStampText,
  formatWait,
  parseCaptureStamp,
  retryDelayMs,
  sendQueuedStamps,
} from '../../../utils/trust/capture-stamps';
import { requestTimeStamp } from '../../../utils/trust/tsp';
import { runVerify } from '../../../scripts/verify';
import { importPack } from '../../../utils/import/import-pack';
import type { OrderProofDB } from '../../../utils/db/database';
import { caseWithScreenshot, freshDb } from '../../support/db';
import { makeTsaFiles, startLocalTsa, type LocalTsa } from './local-tsa';

let tsa: LocalTsa;
beforeAll(async () => {
  tsa = await startLocalTsa();
}, 60_000);
afterAll(() => tsa.close());

/** A capture stored with time-stamping on, and its stamp sent to the local authority. */
async function stampedCapture(db: OrderProofDB = freshDb()) {
  await writeTsaSettings(db, { choice: 'custom', customUrl: tsa.url });
  const { c, ev } = await caseWithScreenshot(db);
  expect(await sendQueuedStamps(db)).toMatchObject({ stamped: 1, failed: 0 });
  return { db, c, ev };
}

async function stampedPackEntries() {
  const { db, c, ev } = await stampedCapture();
  // The pack is made with time-stamping off: the capture's token goes in all the same.
  await writeTsaSettings(db, { choice: 'none' });
  const pack = await buildPack(db, c.id, { pdf: false });
  return { ev, entries: unzipSync(pack.bytes) };
}

const openssl = (args: string[]) => {
  try {
    return { code: 0, out: execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
};

function opensslVerify(entries: Record<string, Uint8Array>, file: string, caFile?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'orderproof-capture-stamp-'));
  mkdirSync(join(dir, 'stamps'));
  for (const name of [file, `${file}.tsr`, 'tsa-chain.pem']) writeFileSync(join(dir, name), entries[name]!);
  return openssl([
    'ts',
    '-verify',
    '-data',
    join(dir, file),
    '-in',
    join(dir, `${file}.tsr`),
    '-CAfile',
    caFile ?? join(dir, 'tsa-chain.pem'),
  ]);
}

describe('capture-time stamps', () => {
  it('queue nothing and ask nothing while time-stamping is off', async () => {
    const db = freshDb();
    await caseWithScreenshot(db);
    expect(await db.stamps.count()).toBe(0);
    let calls = 0;
    const result = await sendQueuedStamps(db, { fetcher: (() => (calls++, Promise.reject(new Error('no')))) as never });
    expect(result).toEqual({ stamped: 0, failed: 0 });
    expect(calls).toBe(0);
  });

  it("cover the item's id, capture time, log entry and every file's hash, in a text that reads back", async () => {
    const db = freshDb();
    await writeTsaSettings(db, { choice: 'custom', customUrl: tsa.url });
    const { c, ev } = await caseWithScreenshot(db);
    const stamp = (await db.stamps.get(ev.id))!;
    expect(stamp).toMatchObject({ status: 'queued', caseId: c.id, attempts: 0, queuedAt: ev.capturedAt });
    const attach = (await db.audit.where('caseId').equals(c.id).toArray()).find((a) => a.evidenceId === ev.id)!;
    expect(stamp.data).toBe(captureStampText(ev, attach));
    expect(parseCaptureStamp(stamp.data)).toEqual({
      item: ev.id,
      capturedAt: new Date(ev.capturedAt).toISOString(),
      logEntry: attach.hash,
      files: [{ sha256: ev.files[0]!.sha256, name: 'screenshot.png' }],
    });
    expect(parseCaptureStamp(stamp.data.replace('item ', 'itemx '))).toBeUndefined();
  });

  it('keep the capture while the authority is down, retry later, and record the wait', async () => {
    const db = freshDb();
    await writeTsaSettings(db, { choice: 'custom', customUrl: tsa.url });
    tsa.down = true;
    let ev;
    let t0 = 0;
    try {
      ({ ev } = await caseWithScreenshot(db));
      t0 = ev.capturedAt;
      const first = await sendQueuedStamps(db, { now: () => t0 });
      expect(first).toMatchObject({ stamped: 0, failed: 1, nextDue: t0 + retryDelayMs(1) });
    } finally {
      tsa.down = false;
    }
    expect(await db.evidence.get(ev.id)).toBeDefined();
    expect(await db.stamps.get(ev.id)).toMatchObject({ status: 'queued', attempts: 1, lastError: /503/ });
    // Not due yet: nothing is asked.
    const asked = tsa.requests;
    expect(await sendQueuedStamps(db, { now: () => t0 + 1000 })).toMatchObject({ stamped: 0, failed: 0 });
    expect(tsa.requests).toBe(asked);
    // Three hours on, the authority answers.
    const later = ev.capturedAt + 3 * 3600_000 + 12 * 60_000;
    expect(await sendQueuedStamps(db, { now: () => later })).toMatchObject({ stamped: 1, failed: 0 });
    const stamp = (await db.stamps.get(ev.id))!;
    expect(stamp).toMatchObject({ status: 'stamped', attempts: 2, stampedAt: later });
    expect(stamp.lastError).toBeUndefined();
    expect(formatWait(stamp.stampedAt! - stamp.queuedAt)).toBe('3 h 12 min');
  }, 30_000);

  it('back off: each failure waits longer, up to an hour', () => {
    expect([1, 2, 3, 4, 7, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60]);
  });

  it('go in the pack as stamps/<item>.txt and .tsr, which openssl and verify.ts accept', async () => {
    const { ev, entries } = await stampedPackEntries();
    const file = `stamps/${ev.id}.txt`;
    expect(Object.keys(entries)).toEqual(expect.arrayContaining([file, `${file}.tsr`, 'tsa-chain.pem']));
    expect(Object.keys(entries)).not.toContain('manifest.json.tsr');
    expect(opensslVerify(entries, file)).toMatchObject({ code: 0, out: expect.stringMatching(/Verification: OK/) });
    expect(opensslVerify(entries, file, tsa.caFile).code).toBe(0);
    const report = await verifyPack(zipSync(entries), { tsaRoots: tsa.caPem });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.trust?.captures).toEqual([
      expect.objectContaining({ file, item: ev.id, authority: 'CN=OrderProof Test TSA', skewed: false }),
    ]);
    expect(report.notes.join('\n')).toMatch(/Trusted time for "Order page": .* stamped within a minute of its capture/);
    const lines: string[] = [];
    expect(await runVerify([writeZip(zipSync(entries)), '--tsa-ca', tsa.caFile], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/Trusted time for "Order page": .* from CN=OrderProof Test TSA/);
    const changed = entries[file]!.slice();
    changed[20] = changed.at(20)! ^ 1;
    const bad: string[] = [];
    expect(
      await runVerify([writeZip(zipSync({ ...entries, [file]: changed })), '--tsa-ca', tsa.caFile], (l) => bad.push(l)),
    ).not.toBe(0);
    expect(bad.join('\n')).toMatch(new RegExp(`${file}\\.tsr: the token covers other data`));
  }, 30_000);

  it('catch and name a changed byte, a token over other data, a missing token, and an untrusted authority', async () => {
    const { ev, entries } = await stampedPackEntries();
    const file = `stamps/${ev.id}.txt`;
    const problems = async (e: Record<string, Uint8Array>, roots = tsa.caPem) =>
      (await verifyPack(zipSync(e), { tsaRoots: roots })).problems.join('\n');

    const changed = entries[file]!.slice();
    changed[changed.length - 3] = changed.at(-3)! ^ 1;
    expect(await problems({ ...entries, [file]: changed })).toMatch(
      new RegExp(`${file}\\.tsr: the token covers other data`),
    );
    expect(opensslVerify({ ...entries, [file]: changed }, file).code).not.toBe(0);

    const other = await requestTimeStamp(tsa.url, new TextEncoder().encode('other data'));
    expect(await problems({ ...entries, [`${file}.tsr`]: other.token })).toMatch(
      new RegExp(`${file}\\.tsr: the token covers other data`),
    );

    const noToken = Object.fromEntries(Object.entries(entries).filter(([k]) => k !== `${file}.tsr`));
    expect(await problems(noToken)).toMatch(new RegExp(`${file}: its token ${file}\\.tsr is missing`));

    // Import checks the same: a changed stamp is refused, naming it, and nothing is stored.
    const into = freshDb();
    const refused = await importPack(into, zipSync({ ...entries, [file]: changed }), { worker: false });
    expect(refused.ok ? '' : refused.reason).toMatch(new RegExp(`${file}\\.tsr: the token covers other data`));
    expect(await into.cases.count()).toBe(0);
    expect((await importPack(freshDb(), zipSync(entries), { worker: false })).ok).toBe(true);

    const stranger = readFileSync(makeTsaFiles('Stranger').caFile, 'utf8');
    expect(await problems(entries, stranger)).toMatch(
      new RegExp(`${file}\\.tsr: the token was not issued by an authority you trust`),
    );
  }, 60_000);

  it('survive an import: the imported case re-exports each capture token byte for byte, and it verifies', async () => {
    const { ev, entries } = await stampedPackEntries();
    const file = `stamps/${ev.id}.txt`;
    const into = freshDb();
    const imported = await importPack(into, zipSync(entries), { worker: false });
    if (!imported.ok) throw new Error(imported.reason);
    expect(await into.stamps.get(ev.id)).toMatchObject({ status: 'stamped', caseId: imported.caseId });
    const again = unzipSync((await buildPack(into, imported.caseId, { pdf: false })).bytes);
    expect(again[file]).toEqual(entries[file]);
    expect(again[`${file}.tsr`]).toEqual(entries[`${file}.tsr`]);
    expect(opensslVerify(again, file, tsa.caFile).code).toBe(0);
    const report = await verifyPack(zipSync(again), { tsaRoots: tsa.caPem });
    expect(report.problems).toEqual([]);
    expect(report.trust?.captures.map((c) => c.item)).toEqual([ev.id]);
  }, 60_000);

  it('catch a stamp that lists other hashes than the pack holds, even with a genuine token over it', async () => {
    const { ev, entries } = await stampedPackEntries();
    const file = `stamps/${ev.id}.txt`;
    // A genuine token over a text naming another screenshot: the text no longer ties to this pack's file.
    const forged = new TextDecoder().decode(entries[file]).replace(ev.files[0]!.sha256, 'a'.repeat(64));
    const bytes = new TextEncoder().encode(forged);
    const token = (await requestTimeStamp(tsa.url, bytes)).token;
    const report = await verifyPack(zipSync({ ...entries, [file]: bytes, [`${file}.tsr`]: token }), {
      tsaRoots: tsa.caPem,
    });
    expect(report.problems.join('\n')).toMatch(/is not the file stamped at capture \(stamped aaaaaaaaaaaa…/);
  }, 30_000);
});

describe("verify.html's checker on capture stamps", () => {
  type PageResult = { ok: boolean; problems: string[]; trust: { captures: { path: string; title: string }[] } };
  const checkPack = new Function(`${VERIFY_CORE_JS}\nreturn checkPack;`)() as (
    files: unknown[],
    o: unknown,
  ) => Promise<PageResult>;
  const asFiles = (e: Record<string, Uint8Array>) =>
    Object.entries(e).map(([path, bytes]) => ({
      path,
      name: path.split('/').pop(),
      size: bytes.byteLength,
      read: () => Promise.resolve(bytes.slice().buffer),
    }));

  it('sees each token name its stamp file, the stamped hashes match the manifest, and catches other data', async () => {
    const { ev, entries } = await stampedPackEntries();
    const file = `stamps/${ev.id}.txt`;
    const good = await checkPack(asFiles(entries), {});
    expect(good).toMatchObject({ ok: true, problems: [], trust: { captures: [{ path: file, title: 'Order page' }] } });
    const other = await requestTimeStamp(tsa.url, new TextEncoder().encode('other data'));
    const swapped = await checkPack(asFiles({ ...entries, [`${file}.tsr`]: other.token }), {});
    expect(swapped.ok).toBe(false);
    expect(swapped.problems.join('\n')).toMatch(
      new RegExp(`${file}\\.tsr: the token does not name the hash of ${file}`),
    );
    const forged = new TextEncoder().encode(
      new TextDecoder().decode(entries[file]).replace(ev.files[0]!.sha256, 'b'.repeat(64)),
    );
    const token = (await requestTimeStamp(tsa.url, forged)).token;
    const relisted = await checkPack(asFiles({ ...entries, [file]: forged, [`${file}.tsr`]: token }), {});
    expect(relisted.problems.join('\n')).toMatch(/is not the file stamped at capture \(stamped bbbbbbbbbbbb…/);
  }, 30_000);
});

function writeZip(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'orderproof-zip-')), 'pack.zip');
  writeFileSync(path, bytes);
  return path;
}
