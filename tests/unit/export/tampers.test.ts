import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPack } from '../../../utils/export/verify';
import { VERIFY_CORE_JS } from '../../../utils/export/verify-html';
import { importPack } from '../../../utils/import/import-pack';
import { runVerify } from '../../../scripts/verify';
import { freshDb } from '../../support/db';
import { sealEntry } from '../../../utils/audit/chain';
import { type Entries, manifestOf, rehash, TAMPERS, tamperFixture, unsigned, zipOf } from './tamper-fixture';

interface PageResult {
  ok: boolean;
  problems: string[];
  notes: string[];
  rows: { path: string; status: string }[];
}
type CheckPack = (
  files: { path: string; name: string; size: number; read(): Promise<ArrayBuffer> }[],
  options?: { expectedHead?: string },
) => Promise<PageResult>;

/** verify.html's own script text, run in Node (same WebCrypto). */
const checkPack = new Function(`${VERIFY_CORE_JS}\nreturn checkPack;`)() as CheckPack;

function pageFiles(e: Entries) {
  return Object.entries(e).map(([path, bytes]) => ({
    path,
    name: path.slice(path.lastIndexOf('/') + 1),
    size: bytes.byteLength,
    read: () => Promise.resolve(bytes.slice().buffer),
  }));
}

function unpack(e: Entries): string {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  for (const [path, bytes] of Object.entries(e)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

/** What `npm run verify` starts (node_modules/.bin/tsx), without npx's own start of a second or so. */
const TSX = 'node_modules/tsx/dist/cli.mjs';

let fx: Awaited<ReturnType<typeof tamperFixture>>;
let head: string;
beforeAll(async () => {
  fx = await tamperFixture();
  head = fx.pack.manifest.audit.head;
}, 120_000);

describe('an untouched pack', () => {
  it('passes verify.ts, verify.html, the CLI and import, and its export entry binds every file', async () => {
    expect(await verifyPack(fx.pack.bytes, { expectedHead: head })).toMatchObject({
      ok: true,
      problems: [],
      notes: [expect.stringMatching(/^Signed by installation key [0-9a-f]{64}/)],
    });
    expect(await checkPack(pageFiles(fx.entries), { expectedHead: head })).toMatchObject({
      ok: true,
      problems: [],
      notes: [],
    });
    const lines: string[] = [];
    expect(await runVerify([unpack(fx.entries), '--head', head], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/^OK: /m);
    expect(await importPack(freshDb(), fx.pack.bytes, { worker: false, expectedHead: head })).toMatchObject({
      ok: true,
      notes: [expect.stringMatching(/^Signed by installation key [0-9a-f]{64}/)],
    });
    const last = fx.pack.manifest.audit.entries.at(-1)!;
    expect(last.action).toBe('export');
    const bound = (last.details.pack as { files: { path: string }[] }).files.map((f) => f.path);
    expect(bound).toEqual(expect.arrayContaining(['case.json', 'report.html', 'report.pdf', 'verify.html']));
    // Not bound: manifest.json, SHA256SUMS, and the signature and key made over the manifest.
    expect(bound.length).toBe(Object.keys(fx.entries).length - 4);
  });

  it('runs as `npm run verify` from the command line: exit 0 when it holds, 1 naming the problem when not', () => {
    const run = (args: string[]) => {
      try {
        return {
          code: 0,
          out: execFileSync(process.execPath, [TSX, 'scripts/verify.ts', ...args], {
            encoding: 'utf8',
            timeout: 60_000,
          }),
        };
      } catch (err) {
        const e = err as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    const dir = unpack(fx.entries);
    writeFileSync(join(dir, '..', 'pack-ok.zip'), fx.pack.bytes);
    expect(run([join(dir, '..', 'pack-ok.zip')])).toMatchObject({
      code: 0,
      out: expect.stringMatching(/No --head given/),
    });
    const forged = unpack(TAMPERS[0]!.make(fx.entries));
    const bad = run([forged]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/PROBLEM: report\.html: not the file the export entry/);
  }, 120_000);
});

describe.each(TAMPERS)('tamper $row', (t) => {
  let forged: Entries;
  beforeAll(() => {
    forged = t.make(fx.entries);
  });
  const expectedHead = () => (t.needsHead ? { expectedHead: head } : {});

  it('is caught and named by verify.ts', async () => {
    const r = await verifyPack(zipOf(forged), expectedHead());
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(t.names);
  });

  it("is caught and named by verify.html's checker", async () => {
    const r = await checkPack(pageFiles(forged), expectedHead());
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(t.names);
  });

  it('is caught and named by `npm run verify`', async () => {
    const lines: string[] = [];
    const code = await runVerify([unpack(forged), ...(t.needsHead ? ['--head', head] : [])], (l) => lines.push(l));
    expect(code).toBe(1);
    expect(lines.filter((l) => l.startsWith('PROBLEM: ')).join('\n')).toMatch(t.names);
  });

  it('is refused by import, naming it, and the library stays empty', async () => {
    const db = freshDb();
    const r = await importPack(db, zipOf(forged), { worker: false, ...expectedHead() });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(t.names);
    expect(await db.cases.count()).toBe(0);
  });
});

describe.each(TAMPERS.filter((t) => t.needsHead))('tamper $row, without a head given', (t) => {
  it('is caught when it left the chain without its export entry, else passes and the CLI says a holder could have rebuilt it', async () => {
    const forged = t.make(fx.entries);
    const r = await verifyPack(zipOf(forged));
    if (r.ok) {
      // Row M: a re-sealed chain is consistent in itself; only a head, signature or timestamp held elsewhere catches it.
      expect(t.row).toMatch(/^M:/);
      const lines: string[] = [];
      await runVerify([unpack(forged)], (l) => lines.push(l));
      expect(lines.join('\n')).toMatch(/could have rebuilt it whole/);
    } else expect(r.problems.join('\n')).toMatch(/does not end with the pack's export entry/);
  });
});

describe('a pack made by an earlier version (its export entry binds no files)', () => {
  it('verifies in every checker with an "older pack" note, and imports', async () => {
    const e: Entries = { ...fx.entries };
    const m = manifestOf(e);
    const last = m.audit.entries.pop()!;
    const { pack: _bound, ...details } = last.details;
    void _bound;
    const old = sealEntry({
      seq: last.seq,
      caseId: last.caseId,
      at: last.at,
      action: 'export',
      details,
      prevHash: last.prevHash,
    });
    m.audit.entries.push(old);
    m.audit.head = old.hash;
    const older = unsigned(rehash(e, m), m);
    const r = await verifyPack(zipOf(older));
    expect(r).toMatchObject({
      ok: true,
      problems: [],
      notes: [expect.stringMatching(/^Older pack: .*not bound by the log/), expect.stringMatching(/^Not signed/)],
    });
    expect(await checkPack(pageFiles(older))).toMatchObject({
      ok: true,
      problems: [],
      notes: [expect.stringMatching(/^Older pack/)],
    });
    const lines: string[] = [];
    expect(await runVerify([unpack(older)], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/NOTE: Older pack/);
    expect(await importPack(freshDb(), zipOf(older), { worker: false })).toMatchObject({
      ok: true,
      notes: [expect.stringMatching(/^Older pack/), expect.stringMatching(/^Not signed/)],
    });
  });
});
