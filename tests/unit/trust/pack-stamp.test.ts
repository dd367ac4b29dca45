import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../../utils/export/pack';
import { verifyPack } from '../../../utils/export/verify';
import { VERIFY_CORE_JS } from '../../../utils/export/verify-html';
import { writeTsaSettings } from '../../../utils/trust/tsa-settings';
import { requestTimeStamp } from '../../../utils/trust/tsp';
import { runVerify } from '../../../scripts/verify';
import { caseWithScreenshot, freshDb } from '../../support/db';
import { makeTsaFiles, startLocalTsa, type LocalTsa } from './local-tsa';

let tsa: LocalTsa;
beforeAll(async () => {
  tsa = await startLocalTsa();
}, 60_000);
afterAll(() => tsa.close());

async function stampedPack(now?: Date) {
  const db = freshDb();
  await writeTsaSettings(db, { choice: 'custom', customUrl: tsa.url });
  const { c } = await caseWithScreenshot(db);
  const pack = await buildPack(db, c.id, { pdf: false, ...(now ? { now } : {}) });
  return { pack, entries: unzipSync(pack.bytes) };
}

function unpack(entries: Record<string, Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderproof-stamped-'));
  for (const name of [
    'manifest.json',
    'manifest.json.tsr',
    'tsa-chain.pem',
    'manifest.json.sig',
    'installation-key.pem',
  ])
    writeFileSync(join(dir, name), entries[name]!);
  return dir;
}

const openssl = (args: string[]) => {
  try {
    return { code: 0, out: execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
};

describe('a time-stamped pack', () => {
  it('carries a token over manifest.json and the chain, which verify.ts and openssl accept offline', async () => {
    const asked = tsa.requests;
    const { pack, entries } = await stampedPack();
    expect(tsa.requests).toBe(asked + 1);
    const report = await verifyPack(pack.bytes, { tsaRoots: tsa.caPem });
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.trust?.times).toEqual([
      expect.objectContaining({
        file: 'manifest.json',
        authority: 'CN=OrderProof Test TSA',
        skewed: false,
        rootChecked: true,
      }),
    ]);
    const dir = unpack(entries);
    const at = (f: string) => join(dir, f);
    expect(
      openssl([
        'ts',
        '-verify',
        '-data',
        at('manifest.json'),
        '-in',
        at('manifest.json.tsr'),
        '-CAfile',
        at('tsa-chain.pem'),
      ]),
    ).toMatchObject({ code: 0, out: expect.stringMatching(/Verification: OK/) });
    expect(
      openssl(['ts', '-verify', '-data', at('manifest.json'), '-in', at('manifest.json.tsr'), '-CAfile', tsa.caFile]),
    ).toMatchObject({ code: 0 });
    expect(
      openssl([
        'dgst',
        '-sha256',
        '-verify',
        at('installation-key.pem'),
        '-signature',
        at('manifest.json.sig'),
        at('manifest.json'),
      ]).code,
    ).toBe(0);
    const lines: string[] = [];
    expect(await runVerify([writeZip(pack.bytes), '--tsa-ca', tsa.caFile], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/Trusted time for manifest\.json: .* from CN=OrderProof Test TSA/);
  }, 30_000);

  it('is caught with a token over other data, a changed manifest, or an authority the verifier does not trust', async () => {
    const { entries } = await stampedPack();
    const other = await requestTimeStamp(tsa.url, new TextEncoder().encode('other data'));
    const swapped = await verifyPack(zipSync({ ...entries, 'manifest.json.tsr': other.token }), {
      tsaRoots: tsa.caPem,
    });
    expect(swapped.problems.join('\n')).toMatch(/manifest\.json\.tsr: the token covers other data/);
    const dir = unpack({ ...entries, 'manifest.json.tsr': other.token });
    expect(
      openssl([
        'ts',
        '-verify',
        '-data',
        join(dir, 'manifest.json'),
        '-in',
        join(dir, 'manifest.json.tsr'),
        '-CAfile',
        join(dir, 'tsa-chain.pem'),
      ]).code,
    ).not.toBe(0);
    const stranger = readFileSync(makeTsaFiles('Stranger').caFile, 'utf8');
    const untrusted = await verifyPack(zipSync(entries), { tsaRoots: stranger });
    expect(untrusted.problems.join('\n')).toMatch(
      /manifest\.json\.tsr: the token was not issued by an authority you trust/,
    );
    const dir2 = unpack(entries);
    writeFileSync(join(dir2, 'stranger.pem'), stranger);
    expect(
      openssl([
        'ts',
        '-verify',
        '-data',
        join(dir2, 'manifest.json'),
        '-in',
        join(dir2, 'manifest.json.tsr'),
        '-CAfile',
        join(dir2, 'stranger.pem'),
      ]).code,
    ).not.toBe(0);
  }, 30_000);

  it('without trusted roots, reports the authority and leaves trusting it to the reader', async () => {
    const { pack } = await stampedPack();
    const report = await verifyPack(pack.bytes);
    expect(report.ok).toBe(true);
    expect(report.trust?.times[0]).toMatchObject({ rootChecked: false });
    expect(report.notes.join('\n')).toMatch(/whether to trust that authority is for you to decide/);
  });

  it("flags a large skew between the authority's time and the computer's clock", async () => {
    const { pack } = await stampedPack(new Date(Date.now() - 3 * 3600_000));
    const report = await verifyPack(pack.bytes, { tsaRoots: tsa.caPem });
    expect(report.ok).toBe(true);
    expect(report.trust?.times[0]).toMatchObject({ skewed: true });
    expect(report.trust!.times[0]!.skewMs).toBeGreaterThan(2.9 * 3600_000);
    expect(report.notes.join('\n')).toMatch(/Clock skew: the trusted time is 3 hours after the computer's clock/);
  });

  it('asks nothing of any authority when time-stamping is off (the default)', async () => {
    const asked = tsa.requests;
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const calls: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL) => {
      calls.push(String(input));
      return realFetch(input);
    }) as typeof fetch;
    try {
      const pack = await buildPack(db, c.id, { pdf: false });
      expect(Object.keys(unzipSync(pack.bytes))).not.toContain('manifest.json.tsr');
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(calls).toEqual([]);
    expect(tsa.requests).toBe(asked);
  });
});

describe("verify.html's checker on a time-stamped pack", () => {
  type PageResult = {
    ok: boolean;
    problems: string[];
    trust: { signed: boolean; stamped: boolean; fingerprint: string };
  };
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

  it("sees the token name manifest.json's hash and the key's fingerprint, and catches a token over other data", async () => {
    const { pack, entries } = await stampedPack();
    const good = await checkPack(asFiles(entries), {});
    expect(good).toMatchObject({
      ok: true,
      problems: [],
      trust: { signed: true, stamped: true, fingerprint: pack.manifest.attestations!.installationKey!.fingerprint },
    });
    const other = await requestTimeStamp(tsa.url, new TextEncoder().encode('other data'));
    const bad = await checkPack(asFiles({ ...entries, 'manifest.json.tsr': other.token }), {});
    expect(bad.ok).toBe(false);
    expect(bad.problems.join('\n')).toMatch(/manifest\.json\.tsr: the token does not name the hash of manifest\.json/);
  }, 30_000);
});

function writeZip(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'orderproof-zip-')), 'pack.zip');
  writeFileSync(file, bytes);
  return file;
}
