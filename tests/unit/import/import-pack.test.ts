import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealEntry, verifyChain } from '../../../utils/audit/chain';
import type { OrderProofDB } from '../../../utils/db/database';
import { addEvidence, auditLog, createCase, deleteEvidence } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import { verifyCase } from '../../../utils/export/verify-case';
import { sha256HexSync, ZERO_HASH } from '../../../utils/hash';
import { importPack } from '../../../utils/import/import-pack';
import type { UnzipLimits } from '../../../utils/zip/safe-unzip';
import type { AuditEntry } from '../../../utils/schemas/records';
import { loadTestFont } from '../export/font';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { zipNative } from '../../support/zip-native';
import { isAttestationFile } from '../../../utils/trust/attestations';

type Entries = Record<string, Uint8Array>;
type Json = Record<string, unknown>;
interface Hostile {
  name: string;
  bytes: Uint8Array;
  reason: RegExp;
  limits?: Partial<UnzipLimits>;
}

const dec = new TextDecoder();
const SMALL: Partial<UnzipLimits> = {
  maxFileBytes: 8 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024,
  maxEntries: 500,
  maxRatio: 100,
};

async function dump(db: OrderProofDB) {
  const blobs = await Promise.all(
    (await db.blobs.toArray()).map(async (b) => ({
      sha256: b.sha256,
      size: b.size,
      mime: b.mime,
      bytes: sha256HexSync(new Uint8Array(await b.data.arrayBuffer())),
    })),
  );
  return {
    cases: await db.cases.toArray(),
    evidence: await db.evidence.toArray(),
    audit: await db.audit.toArray(),
    blobs,
    settings: await db.settings.toArray(),
  };
}

const ORDER = {
  marketplace: 'demo-shop',
  orderId: 'DS-1',
  items: [{ title: '耳机', quantity: 1 }],
  amounts: {},
  shipments: [],
  provenance: {},
  confidence: 'adapter' as const,
};

async function sourceLibrary() {
  const db = freshDb();
  const png = new Uint8Array(4096).map((_, i) => (i * 31) & 0xff);
  const { c } = await caseWithScreenshot(db, png);
  await addEvidence(db, {
    caseId: c.id,
    kind: 'order-data',
    title: '订单数据',
    capturedAt: Date.now() + 1,
    capture: META,
    order: ORDER,
    files: [{ name: 'order.json', mime: 'application/json', bytes: strToU8(JSON.stringify(ORDER, null, 2)) }],
  });
  await addEvidence(db, {
    caseId: c.id,
    kind: 'note',
    title: 'note',
    text: '买家备注',
    capturedAt: Date.now() + 2,
    capture: META,
    files: [{ name: 'note.txt', mime: 'text/plain', bytes: strToU8('备注') }],
  });
  const gone = await addEvidence(db, {
    caseId: c.id,
    kind: 'note',
    title: 'removed',
    capturedAt: Date.now() + 3,
    capture: META,
    files: [{ name: 'gone.txt', mime: 'text/plain', bytes: strToU8('secret') }],
  });
  await deleteEvidence(db, gone.id, 'test');
  const pack = await buildPack(db, c.id, { loadFont: loadTestFont });
  return { db, c, pack };
}

/** A library that already holds something, so "unchanged" means more than "still empty". */
async function targetLibrary() {
  const db = freshDb();
  const other = await createCase(db, { platform: 'taobao', role: 'seller', title: 'Existing case' });
  await addEvidence(db, {
    caseId: other.id,
    kind: 'note',
    title: 'n',
    capturedAt: 1,
    capture: META,
    files: [{ name: 'n.txt', mime: 'text/plain', bytes: strToU8('existing') }],
  });
  return db;
}

const manifestOf = (e: Entries) =>
  JSON.parse(dec.decode(e['manifest.json'])) as Json & {
    files: Json[];
    evidence: (Json & { files: Json[] })[];
    audit: { entries: AuditEntry[]; head: string };
    case: Json;
  };

/** Rewrites manifest.json and SHA256SUMS consistently, as a forger would, so only the intended defect remains. */
function forge(
  base: Entries,
  change: (m: ReturnType<typeof manifestOf>, e: Entries) => void,
  opts: { resum?: boolean } = {},
): Uint8Array {
  const e: Entries = { ...base };
  const m = manifestOf(e);
  // A changed manifest breaks the installation key's signature: this forger drops it, as packs before signing had none.
  for (const f of ['manifest.json.sig', 'installation-key.pem']) Reflect.deleteProperty(e, f);
  Reflect.deleteProperty(m, 'attestations');
  change(m, e);
  e['manifest.json'] = strToU8(JSON.stringify(m, null, 2));
  if (opts.resum !== false && Array.isArray(m.files)) {
    const listed = [
      ...(m.files as { path: string; sha256: string }[]).map((f) => [f.sha256, f.path]),
      [sha256HexSync(e['manifest.json']), 'manifest.json'],
    ];
    e.SHA256SUMS = strToU8(listed.map(([h, p]) => `${h}  ${p}\n`).join(''));
  }
  return zipSync(e as Zippable);
}

function rezip(e: Entries): Uint8Array {
  return zipSync(e as Zippable);
}

function patchCentral(zip: Uint8Array, name: string, patch: (view: DataView, at: number) => void): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const len = view.getUint16(i + 28, true);
    if (dec.decode(out.subarray(i + 46, i + 46 + len)) === name) {
      patch(view, i);
      return out;
    }
  }
  throw new Error(`no ${name}`);
}

function hostilePacks(good: Uint8Array): Hostile[] {
  const base = unzipSync(good);
  // The files manifest.json lists (not itself, SHA256SUMS, nor the signature and key made over it).
  const paths = Object.keys(base).filter((p) => p !== 'manifest.json' && p !== 'SHA256SUMS' && !isAttestationFile(p));
  const out: Hostile[] = [];
  const add = (name: string, bytes: Uint8Array, reason: RegExp, limits?: Partial<UnzipLimits>) =>
    out.push({ name, bytes, reason, ...(limits ? { limits } : {}) });

  // Truncated anywhere.
  for (let i = 0; i < 60; i++)
    add(
      `truncated to ${i}/60`,
      good.subarray(0, Math.floor((good.length * i) / 60)),
      /not a (readable pack|ZIP)|truncated|damaged|CRC/,
    );
  // Not a ZIP at all.
  add('empty', new Uint8Array(0), /not a ZIP/);
  add(
    'random bytes',
    new Uint8Array(2048).map((_, i) => (i * 7919) & 0xff),
    /not a ZIP/,
  );
  add('a PNG', base['evidence/001-screenshot/screenshot.png']!, /not a ZIP/);
  add(
    'only an end record',
    new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
    /manifest\.json is missing/,
  );
  add(
    'end record pointing past itself',
    (() => {
      const z = good.slice();
      new DataView(z.buffer).setUint32(z.length - 6, z.length, true);
      return z;
    })(),
    /outside the file|damaged/,
  );

  // One byte of one file changed, re-zipped (the manifest still holds the old hash).
  for (const p of paths) {
    for (const at of [0, 0.5, 1]) {
      const e = { ...base, [p]: base[p]!.slice() };
      const i = Math.min(e[p]!.length - 1, Math.floor(e[p]!.length * at));
      e[p]![i] = e[p]![i]! ^ 0x20;
      add(
        `byte ${i} of ${p} changed`,
        rezip(e),
        new RegExp(`${p.replace(/[.]/g, '\\.')}: (content does not match|does not match SHA256SUMS)`),
      );
    }
  }
  // A wrong hash recorded for each file, with SHA256SUMS made to agree with the manifest.
  for (const p of paths) {
    add(
      `wrong hash for ${p}`,
      forge(base, (m) => {
        const f = m.files.find((x) => x.path === p)!;
        f.sha256 = 'a'.repeat(64);
      }),
      /content does not match the manifest/,
    );
  }
  // Files missing.
  for (const p of [...paths, 'manifest.json', 'SHA256SUMS']) {
    const e = Object.fromEntries(Object.entries(base).filter(([k]) => k !== p));
    add(
      `missing ${p}`,
      rezip(e),
      p === 'manifest.json'
        ? /manifest\.json is missing/
        : p === 'SHA256SUMS'
          ? /SHA256SUMS is missing/
          : /missing from the pack|not in the pack/,
    );
  }
  // Extra files nobody listed.
  for (const extra of [
    'extra.txt',
    'evidence/001-screenshot/extra.png',
    'evidence/999-x/deep/er.bin',
    'Manifest.json',
    '.hidden',
  ]) {
    add(`extra ${extra}`, rezip({ ...base, [extra]: strToU8('planted') }), /not listed in the manifest/);
  }
  // Hostile names in the ZIP itself.
  for (const evil of [
    '../evil.txt',
    '../../etc/passwd',
    '/abs.txt',
    'C:/win.txt',
    'c:\\win.txt',
    'evidence\\..\\x.txt',
    'a/../b.txt',
    './a.txt',
    'a//b.txt',
    'nul\0byte.txt',
  ]) {
    add(`entry named ${JSON.stringify(evil)}`, rezip({ ...base, [evil]: strToU8('x') }), /unsafe entry name/);
  }
  // Hostile paths in the manifest.
  for (const evil of ['../case.json', '/case.json', 'C:case.json', 'evidence\\x']) {
    add(
      `manifest path ${JSON.stringify(evil)}`,
      forge(base, (m) => {
        m.files[0]!.path = evil;
      }),
      /does not match its schema/,
    );
  }
  // Bombs and lying headers (small limits keep the test fast; the checks are the same). Their zeros are
  // deflated by Node's zlib (zipNative): fflate took about 4 s over them.
  const zeros = (n: number) => new Uint8Array(n);
  add(
    'one file over the per-file limit',
    zipNative({ ...base, 'big.bin': zeros(9 * 1024 * 1024) }),
    /over the .* limit|compresses/,
    { ...SMALL, maxRatio: 1e9 },
  );
  add(
    'files over the total limit',
    zipNative({ ...base, 'a.bin': zeros(6e6), 'b.bin': zeros(6e6), 'c.bin': zeros(6e6) }),
    /more than .* bytes/,
    { ...SMALL, maxRatio: 1e9 },
  );
  for (const mb of [2, 4, 6])
    add(
      `${mb} MB of zeros (ratio bomb)`,
      zipNative({ ...base, 'z.bin': zeros(mb * 1024 * 1024) }),
      /compresses \d+:1/,
      SMALL,
    );
  add(
    'default limits: 64 MB of zeros',
    zipNative({ 'manifest.json': strToU8('{}'), 'z.bin': [zeros(64 * 1024 * 1024), { level: 9 }] }),
    /compresses \d+:1/,
  );
  add(
    'too many entries',
    rezip({ ...base, ...Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`e/${i}.txt`, strToU8('x')])) }),
    /too many entries/,
    SMALL,
  );
  for (const lie of [100, 1000, 500_000]) {
    const z = zipNative({ ...base, 'lie.bin': zeros(900_000) });
    add(
      `declared ${lie} bytes, inflates to 900000`,
      patchCentral(z, 'lie.bin', (v, at) => v.setUint32(at + 24, lie, true)),
      /more than its declared/,
    );
  }
  add(
    'declared 4 GB',
    patchCentral(rezip(base), 'case.json', (v, at) => v.setUint32(at + 24, 0xfffffff0, true)),
    /over the .* limit/,
  );
  add(
    'declared smaller than it is',
    patchCentral(rezip(base), 'case.json', (v, at) => v.setUint32(at + 24, 3, true)),
    /more than its declared 3/,
  );
  add(
    'encrypted entry',
    patchCentral(rezip(base), 'case.json', (v, at) => v.setUint16(at + 8, v.getUint16(at + 8, true) | 1, true)),
    /encrypted/,
  );
  add(
    'unknown compression method',
    patchCentral(rezip(base), 'case.json', (v, at) => v.setUint16(at + 10, 12, true)),
    /compression method 12/,
  );
  add(
    'wrong CRC',
    patchCentral(rezip(base), 'case.json', (v, at) => v.setUint32(at + 16, v.getUint32(at + 16, true) ^ 1, true)),
    /CRC/,
  );
  add(
    'local header offset past the end',
    patchCentral(rezip(base), 'case.json', (v, at) => v.setUint32(at + 42, 0x7ffffff0, true)),
    /damaged local header|cut short/,
  );

  // manifest.json that is not JSON.
  const text = dec.decode(base['manifest.json']);
  for (const bad of [
    '',
    'null',
    '[]',
    '{',
    text.slice(0, text.length / 2),
    text.replace('{', '{{'),
    `${text}}`,
    'NaN',
    '\u00ff\u00fe'.repeat(4),
  ]) {
    const e = { ...base, 'manifest.json': strToU8(bad) };
    add(`manifest ${JSON.stringify(bad.slice(0, 12))}…`, rezip(e), /not valid JSON|does not match its schema/);
  }
  add(
    'manifest not UTF-8',
    rezip({ ...base, 'manifest.json': new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }),
    /not valid JSON/,
  );
  // Wrong schema.
  const schemaBreaks: [string, (m: ReturnType<typeof manifestOf>) => void][] = [
    [
      'format',
      (m) => {
        m.format = 'zip';
      },
    ],
    [
      'version 2',
      (m) => {
        m.version = 2;
      },
    ],
    [
      'no case',
      (m) => {
        m.case = undefined as never;
      },
    ],
    [
      'short case id',
      (m) => {
        m.case.id = 'x';
      },
    ],
    [
      'case role',
      (m) => {
        m.case.role = 'thief';
      },
    ],
    [
      'negative size',
      (m) => {
        m.files[0]!.size = -1;
      },
    ],
    [
      'upper-case hash',
      (m) => {
        m.files[0]!.sha256 = String(m.files[0]!.sha256).toUpperCase();
      },
    ],
    [
      'unknown kind',
      (m) => {
        m.evidence[0]!.kind = 'rumour';
      },
    ],
    [
      'audit not a list',
      (m) => {
        (m.audit as unknown as Json).entries = {};
      },
    ],
    [
      'audit head not a hash',
      (m) => {
        m.audit.head = 'head';
      },
    ],
    [
      'generatedAt a number',
      (m) => {
        m.generatedAt = 5;
      },
    ],
    [
      'files not a list',
      (m) => {
        m.files = 'all' as never;
      },
    ],
    [
      'unknown audit action',
      (m) => {
        (m.audit.entries[0] as Json).action = 'steal';
      },
    ],
    [
      'evidence id too short',
      (m) => {
        m.evidence[0]!.id = 'e';
      },
    ],
    [
      'capture missing',
      (m) => {
        m.evidence[0]!.capture = undefined;
      },
    ],
  ];
  for (const [name, change] of schemaBreaks) add(`schema: ${name}`, forge(base, change), /does not match its schema/);

  // The audit log altered.
  const n = manifestOf(base).audit.entries.length;
  for (let i = 0; i < n; i++) {
    add(
      `audit ${i}: details`,
      forge(base, (m) => {
        m.audit.entries[i]!.details = { ...m.audit.entries[i]!.details, x: 1 };
      }),
      new RegExp(`audit entry ${i} \\(\\w+\\) was altered`),
    );
    add(
      `audit ${i}: time`,
      forge(base, (m) => {
        m.audit.entries[i]!.at += 1;
      }),
      new RegExp(`audit entry ${i} \\(\\w+\\) was altered`),
    );
    add(
      `audit ${i}: removed`,
      forge(base, (m) => {
        m.audit.entries.splice(i, 1);
        if (i === n - 1) m.audit.head = m.audit.entries.at(-1)!.hash;
      }),
      /found where|does not point|not the last entry|not the one recorded|no record of its deletion|does not end with the pack's export entry/,
    );
    // Re-sealing the last entry (and the head) leaves a valid chain: only a head kept outside the
    // pack can catch that, so the forgery is tried where a later entry still points at the original.
    if (i < n - 1)
      add(
        `audit ${i}: re-sealed forgery`,
        forge(base, (m) => {
          m.audit.entries[i] = sealEntry({ ...m.audit.entries[i]!, details: { forged: true } });
        }),
        /does not point/,
      );
    add(
      `audit ${i}: prevHash`,
      forge(base, (m) => {
        m.audit.entries[i]!.prevHash = 'b'.repeat(64);
      }),
      new RegExp(`audit entry ${i} does not point`),
    );
  }
  add(
    'audit: head changed',
    forge(base, (m) => {
      m.audit.head = 'c'.repeat(64);
    }),
    /not the last entry/,
  );
  add(
    'audit: two entries swapped',
    forge(base, (m) => {
      const [a, b] = [m.audit.entries[1]!, m.audit.entries[2]!];
      m.audit.entries[1] = b;
      m.audit.entries[2] = a;
    }),
    /found where/,
  );
  add(
    'audit: whole chain re-sealed for another case',
    forge(base, (m) => {
      let prev = ZERO_HASH;
      m.audit.entries = m.audit.entries.map((a) => {
        const s = sealEntry({ ...a, caseId: 'another-case-0001', prevHash: prev });
        prev = s.hash;
        return s;
      });
      m.audit.head = prev;
    }),
    /belongs to another case/,
  );
  add(
    'audit: empty log',
    forge(base, (m) => {
      m.audit.entries = [];
      m.audit.head = ZERO_HASH;
    }),
    /not the one recorded|no audit log|no attach or move entry/,
  );
  // case.json and the manifest disagree.
  add(
    'case.json title changed',
    forge(base, (m, e) => {
      const c = JSON.parse(dec.decode(e['case.json'])) as Json;
      c.title = 'other';
      e['case.json'] = strToU8(JSON.stringify(c));
      const f = m.files.find((x) => x.path === 'case.json')!;
      f.sha256 = sha256HexSync(e['case.json']);
      f.size = e['case.json'].length;
    }),
    /case\.json(: not the file the export entry| does not match)/,
  );
  add(
    'manifest case title changed',
    forge(base, (m) => {
      m.case.title = 'other';
    }),
    /case\.json does not match|the field "case" is not what the export entry/,
  );
  // A file replaced with the manifest and SHA256SUMS made to agree: only the log catches it.
  for (const p of paths.filter((x) => x.startsWith('evidence/'))) {
    add(
      `forged ${p}`,
      forge(base, (m, e) => {
        e[p] = strToU8('forged content');
        const sha = sha256HexSync(e[p]);
        const f = m.files.find((x) => x.path === p)!;
        f.sha256 = sha;
        f.size = e[p].length;
        for (const ev of m.evidence)
          for (const ef of ev.files)
            if (ef.path === p) {
              ef.sha256 = sha;
              ef.size = e[p].length;
            }
      }),
      /not the one recorded in the audit log/,
    );
  }
  // SHA256SUMS tampered.
  add(
    'SHA256SUMS: line removed',
    forge(
      base,
      (_m, e) => {
        e.SHA256SUMS = strToU8(dec.decode(e.SHA256SUMS).split('\n').slice(1).join('\n'));
      },
      { resum: false },
    ),
    /does not cover manifest\.json|SHA256SUMS/,
  );
  add(
    'SHA256SUMS: garbage line',
    rezip({ ...base, SHA256SUMS: strToU8(`${dec.decode(base.SHA256SUMS)}not a line\n`) }),
    /unreadable line/,
  );
  add(
    'SHA256SUMS: wrong manifest hash',
    rezip({
      ...base,
      SHA256SUMS: strToU8(dec.decode(base.SHA256SUMS).replace(/^[0-9a-f]{64}(?= {2}manifest\.json)/m, 'd'.repeat(64))),
    }),
    /manifest\.json: does not match SHA256SUMS/,
  );
  // Redacted copies cannot restore originals.
  add(
    'redacted copy',
    forge(base, (m) => {
      const f = m.evidence[0]!.files[0]!;
      f.redactedFrom = f.sha256;
    }),
    /redacted copies|is not what the export entry/,
  );
  return out;
}

describe('importing a pack', () => {
  let source: Awaited<ReturnType<typeof sourceLibrary>>;
  beforeAll(async () => {
    source = await sourceLibrary();
  }, 60_000);

  it('round-trips: export, import into a fresh library, same case, evidence, blobs and audit', async () => {
    const target = freshDb();
    const result = await importPack(target, source.pack.bytes, { now: 1_800_000_000_000 });
    expect(result).toMatchObject({ ok: true, caseId: source.c.id, evidence: 4 });
    const before = await dump(source.db);
    const after = await dump(target);
    expect(after.cases).toEqual(before.cases);
    expect(after.evidence.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before.evidence.sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(after.blobs.sort((a, b) => a.sha256.localeCompare(b.sha256))).toEqual(
      before.blobs.sort((a, b) => a.sha256.localeCompare(b.sha256)),
    );
    const log = await auditLog(target, source.c.id);
    // The pack's log is the library's plus the pack's own export entry, sealed last; the import follows it.
    expect(log.slice(0, -2)).toEqual(await auditLog(source.db, source.c.id));
    expect(log.at(-2)).toEqual(source.pack.exportEntry);
    expect(log.at(-1)).toMatchObject({
      action: 'import',
      at: 1_800_000_000_000,
      prevHash: source.pack.manifest.audit.head,
      details: { packHead: source.pack.manifest.audit.head },
    });
    expect(verifyChain(log)).toEqual([]);
    expect(await verifyCase(target, source.c.id)).toMatchObject({ ok: true });
    // The imported case exports again into a pack that verifies.
    const again = await importPack(freshDb(), (await buildPack(target, source.c.id, { loadFont: loadTestFont })).bytes);
    expect(again.ok).toBe(true);
  });

  it('stores a blob another case already holds only once', async () => {
    const target = freshDb();
    const { c } = await caseWithScreenshot(
      target,
      new Uint8Array(4096).map((_, i) => (i * 31) & 0xff),
    );
    expect(c.id).not.toBe(source.c.id);
    const blobsBefore = await target.blobs.count();
    const result = await importPack(target, source.pack.bytes);
    expect(result).toMatchObject({ ok: true, blobsShared: 1, blobsAdded: 2 });
    expect(await target.blobs.count()).toBe(blobsBefore + 2);
  });

  it('refuses a case that is already in the library, and changes nothing', async () => {
    const before = await dump(source.db);
    const result = await importPack(source.db, source.pack.bytes);
    expect(result).toEqual({ ok: false, kind: 'already', reason: expect.stringMatching(/already in the library/) });
    expect(await dump(source.db)).toEqual(before);
  });

  it('refuses 200 malformed or hostile packs, each with a clear reason, leaving the library unchanged', async () => {
    const packs = hostilePacks(source.pack.bytes);
    expect(packs.length).toBeGreaterThanOrEqual(200);
    const target = await targetLibrary();
    const before = await dump(target);
    const wrong: string[] = [];
    for (const p of packs) {
      const result = await importPack(target, p.bytes, p.limits ? { limits: p.limits } : {});
      if (result.ok) wrong.push(`${p.name}: imported`);
      else if (!p.reason.test(result.reason))
        wrong.push(`${p.name}: reason "${result.reason}" does not match ${String(p.reason)}`);
      expect(await dump(target), p.name).toEqual(before);
    }
    expect(wrong).toEqual([]);
    // The same library still takes the good pack: the refusals were about the packs.
    expect((await importPack(target, source.pack.bytes)).ok).toBe(true);
  }, 120_000);
});
