import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { sealEntry } from '../../../utils/audit/chain';
import { addEvidence, createCase, editCase, mergeCases, moveEvidence } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import { manifestFieldHashes } from '../../../utils/export/pack-binding';
import { sha256HexSync, ZERO_HASH } from '../../../utils/hash';
import type { AuditEntry } from '../../../utils/schemas/records';
import type { Order } from '../../../utils/schemas/order';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { loadTestFont } from './font';

// The review's integrity table (security-review.md §4), each row a forgery made the way a forger
// would: manifest.json and SHA256SUMS rewritten to agree with the changed files.

export type Entries = Record<string, Uint8Array>;
type Json = Record<string, unknown>;
type EvFile = Json & { path?: string; name: string; sha256?: string; size: number };
export type ManifestJson = Json & {
  files: { path: string; sha256: string; size: number }[];
  evidence: (Json & {
    id: string;
    title: string;
    capturedAt: string;
    capture: Json & { health: string[] };
    files: EvFile[];
    order?: Json;
  })[];
  audit: { entries: AuditEntry[]; head: string };
  case: Json & { dates: Json };
};

const dec = new TextDecoder();
export const manifestOf = (e: Entries) => JSON.parse(dec.decode(e['manifest.json'])) as ManifestJson;

export const ORDER: Order = {
  marketplace: 'demo-shop',
  orderId: 'DS-1',
  seller: 'Honest Shop',
  items: [{ title: '耳机', quantity: 1 }],
  amounts: { total: { amount: 237.9, currency: 'CNY' } },
  shipments: [],
  provenance: {},
  confidence: 'adapter',
};

/** A case with every kind of item the rows need: a screenshot, a snapshot, order data, a moved and a merged item. */
export async function tamperFixture() {
  const db = freshDb();
  const t0 = Date.parse('2026-11-04T08:00:00Z');
  const png = new Uint8Array(4096).map((_, i) => (i * 31) & 0xff);
  const { c } = await caseWithScreenshot(db, png);
  await addEvidence(db, {
    caseId: c.id,
    kind: 'page-snapshot',
    title: 'Order page snapshot',
    capturedAt: t0 + 1,
    capture: META,
    text: 'Order DS-1 · total CNY 237.90',
    files: [
      { name: 'page.mhtml', mime: 'multipart/related', bytes: strToU8('MIME-Version: 1.0\r\n\r\nsnapshot') },
      { name: 'page.txt', mime: 'text/plain;charset=utf-8', bytes: strToU8('Order DS-1 · total CNY 237.90') },
    ],
  });
  await addEvidence(db, {
    caseId: c.id,
    kind: 'order-data',
    title: '订单数据',
    capturedAt: t0 + 2,
    capture: META,
    order: ORDER,
    files: [{ name: 'order.json', mime: 'application/json', bytes: strToU8(JSON.stringify(ORDER, null, 2)) }],
  });
  const other = await createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'Other case' });
  const moved = await addEvidence(db, {
    caseId: other.id,
    kind: 'note',
    title: 'moved note',
    capturedAt: t0 + 3,
    capture: META,
    files: [{ name: 'moved.txt', mime: 'text/plain', bytes: strToU8('moved in') }],
  });
  await moveEvidence(db, moved.id, c.id);
  const third = await createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'Merged case' });
  await addEvidence(db, {
    caseId: third.id,
    kind: 'note',
    title: 'merged note',
    capturedAt: t0 + 4,
    capture: META,
    files: [{ name: 'merged.txt', mime: 'text/plain', bytes: strToU8('merged in') }],
  });
  await mergeCases(db, third.id, c.id);
  await editCase(db, c.id, { dates: { delivered: '2026-11-10' } });
  const pack = await buildPack(db, c.id, {
    loadFont: loadTestFont,
    now: new Date('2026-11-23T10:00:00Z'),
    exportDetails: { format: 'zip', language: 'en' },
  });
  return { db, c, pack, entries: unzipSync(pack.bytes) as Entries };
}

/** Rewrites every hash the manifest and SHA256SUMS hold to match the files as they now are. */
export function rehash(e: Entries, m: ManifestJson): Entries {
  const out: Entries = { ...e };
  for (const f of m.files) {
    const bytes = out[f.path];
    if (!bytes) continue;
    f.sha256 = sha256HexSync(bytes);
    f.size = bytes.byteLength;
  }
  const byPath = new Map(m.files.map((f) => [f.path, f]));
  for (const item of m.evidence)
    for (const f of item.files)
      if (f.path && byPath.has(f.path))
        Object.assign(f, { sha256: byPath.get(f.path)!.sha256, size: byPath.get(f.path)!.size });
  out['manifest.json'] = strToU8(JSON.stringify(m, null, 2));
  const sums = [...m.files.map((f) => [f.sha256, f.path]), [sha256HexSync(out['manifest.json']), 'manifest.json']];
  out.SHA256SUMS = strToU8(sums.map(([h, p]) => `${h}  ${p}\n`).join(''));
  return out;
}

function forge(base: Entries, change: (m: ManifestJson, e: Entries) => void): Entries {
  const e: Entries = { ...base };
  const m = manifestOf(e);
  change(m, e);
  return rehash(e, m);
}

/** Seals the whole chain anew (and the export entry's record of the pack) after the files changed: row M. */
function reseal(m: ManifestJson, e: Entries): void {
  const last = m.audit.entries.at(-1)!;
  const raw = JSON.parse(JSON.stringify({ ...m, audit: undefined })) as Json;
  const pack = {
    files: m.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
    manifest: manifestFieldHashes(raw),
  };
  let prev = ZERO_HASH;
  m.audit.entries = m.audit.entries.map((a) => {
    const s = sealEntry({ ...a, ...(a === last ? { details: { ...a.details, pack } } : {}), prevHash: prev });
    prev = s.hash;
    return s;
  });
  m.audit.head = prev;
  void e;
}

const replaceText = (e: Entries, path: string, from: string, to: string) => {
  const text = dec.decode(e[path]);
  if (!text.includes(from)) throw new Error(`${path} does not hold ${from}`);
  e[path] = strToU8(text.split(from).join(to));
};
const pathOf = (m: ManifestJson, name: string) =>
  m.evidence.flatMap((i) => i.files).find((f) => f.name === name)!.path!;

export interface Tamper {
  row: string;
  /** Only a head given beforehand can catch it (rows K–M): checked with and without `--head`. */
  needsHead?: boolean;
  make(base: Entries): Entries;
  /** What each checker must name. */
  names: RegExp;
}

export const TAMPERS: Tamper[] = [
  {
    row: 'E: report.html total changed',
    make: (b) => forge(b, (_m, e) => replaceText(e, 'report.html', '237.90', '2379.00')),
    names: /report\.html: not the file the export entry \(log entry \d+\) recorded/,
  },
  {
    row: 'F: report.pdf replaced',
    make: (b) => forge(b, (_m, e) => (e['report.pdf'] = strToU8('%PDF-1.7 forged'))),
    names: /report\.pdf: not the file the export entry/,
  },
  {
    row: 'G: verify.html replaced',
    make: (b) => forge(b, (_m, e) => (e['verify.html'] = strToU8('<p>All files intact.</p>'))),
    names: /verify\.html: not the file the export entry/,
  },
  {
    row: 'H: manifest order facts forged, order.json untouched',
    make: (b) =>
      forge(b, (m) =>
        Object.assign(m.evidence.find((i) => i.order)!.order!, {
          seller: 'FORGED SELLER',
          amounts: { total: { amount: 99999, currency: 'CNY' } },
        }),
      ),
    names: /"订单数据": the order facts in manifest\.json are not those in its order\.json/,
  },
  {
    row: 'I: capture times moved back 30 days, health emptied',
    make: (b) =>
      forge(b, (m) =>
        m.evidence.forEach((i) => {
          i.capturedAt = new Date(Date.parse(i.capturedAt) - 30 * 86_400_000).toISOString();
          i.capture.health = [];
        }),
      ),
    names: /manifest\.json: evidence item \d+ \("Order page snapshot"\) is not what the export entry/,
  },
  {
    row: 'J: an evidence item removed, its attach entry kept',
    make: (b) =>
      forge(b, (m, e) => {
        const gone = m.evidence.find((i) => i.title === 'Order page snapshot')!;
        for (const f of gone.files) if (f.path) Reflect.deleteProperty(e, f.path);
        m.files = m.files.filter((f) => !gone.files.some((g) => g.path === f.path));
        m.evidence = m.evidence.filter((i) => i !== gone);
      }),
    names: /log entry \d+ \(attach\) records the item "Order page snapshot" \([^)]+\), which is missing from the pack/,
  },
  {
    row: "N: the case's delivered date changed (case.json + manifest)",
    make: (b) =>
      forge(b, (m, e) => {
        m.case.dates.delivered = '2026-11-20';
        const c = JSON.parse(dec.decode(e['case.json'])) as { dates: Json };
        c.dates.delivered = '2026-11-20';
        e['case.json'] = strToU8(JSON.stringify(c, null, 2));
      }),
    names: /case\.json: not the file the export entry/,
  },
  {
    row: "O: the screenshot's path pointed at manifest.json",
    make: (b) =>
      forge(b, (m, e) => {
        const shot = pathOf(m, 'screenshot.png');
        Reflect.deleteProperty(e, shot);
        m.files = m.files.filter((f) => f.path !== shot);
        const f = m.evidence.flatMap((i) => i.files).find((x) => x.path === shot)!;
        f.path = 'manifest.json';
      }),
    names: /"Order page" \/ screenshot\.png: points at manifest\.json, which is not one of the pack's listed files/,
  },
  {
    row: 'moved item: its file replaced, log untouched',
    make: (b) => forge(b, (m, e) => (e[pathOf(m, 'moved.txt')] = strToU8('forged move'))),
    names: /"moved note" \/ moved\.txt: its hash is not the one recorded in the audit log \(entry \d+, move\)/,
  },
  {
    row: 'merged item: its file replaced, log untouched',
    make: (b) => forge(b, (m, e) => (e[pathOf(m, 'merged.txt')] = strToU8('forged merge'))),
    names:
      /"merged note" \/ merged\.txt: its hash is not the one recorded in the audit log \(entry \d+, move \(merge\)\)/,
  },
  {
    row: 'K: the last entry cut off the chain',
    needsHead: true,
    make: (b) =>
      forge(b, (m) => {
        m.audit.entries.pop();
        m.audit.head = m.audit.entries.at(-1)!.hash;
      }),
    names: /not the head you gave/,
  },
  {
    row: 'L: a forged attach entry sealed onto the tail, with its file',
    needsHead: true,
    make: (b) =>
      forge(b, (m, e) => {
        const bytes = strToU8('forged receipt');
        const sha256 = sha256HexSync(bytes);
        const id = '00000000-0000-4000-8000-00000000f0f0';
        e['evidence/099-note/receipt.txt'] = bytes;
        m.files.push({ path: 'evidence/099-note/receipt.txt', sha256, size: bytes.byteLength });
        m.evidence.push({
          ...m.evidence[0]!,
          id,
          title: 'forged receipt',
          files: [
            {
              path: 'evidence/099-note/receipt.txt',
              name: 'receipt.txt',
              mime: 'text/plain',
              size: bytes.byteLength,
              sha256,
            },
          ],
        });
        const last = m.audit.entries.at(-1)!;
        const forged = sealEntry({
          seq: last.seq + 1,
          caseId: last.caseId,
          at: last.at + 1,
          action: 'attach',
          evidenceId: id,
          details: {
            kind: 'note',
            title: 'forged receipt',
            files: [{ name: 'receipt.txt', sha256, size: bytes.byteLength }],
          },
          prevHash: last.hash,
        });
        m.audit.entries.push(forged);
        m.audit.head = forged.hash;
      }),
    names: /entries \d+–\d+ were added after it|not the head you gave/,
  },
  {
    row: 'M: whole chain re-sealed after editing order.json',
    needsHead: true,
    make: (b) => {
      const e: Entries = { ...b };
      const m = manifestOf(e);
      const forged = { ...ORDER, seller: 'FORGED SELLER' };
      e[pathOf(m, 'order.json')] = strToU8(JSON.stringify(forged, null, 2));
      m.evidence.find((i) => i.order)!.order = forged;
      const sealed = rehash(e, m);
      const m2 = manifestOf(sealed);
      // The attach entry of the order data records order.json's hash: the forger rewrites it too.
      const orderItem = m2.evidence.find((i) => i.order)!;
      const attach = m2.audit.entries.find((a) => a.action === 'attach' && a.evidenceId === orderItem.id)!;
      (attach.details.files as { sha256: string }[])[0]!.sha256 = orderItem.files[0]!.sha256!;
      reseal(m2, sealed);
      // The old signature would no longer hold: this forger drops it (one who keeps it is caught, see trust tests).
      return unsigned(rehash(sealed, m2), m2);
    },
    names: /not the head you gave/,
  },
];

/** The pack as a forger who drops the installation key's signature leaves it (as packs before signing were). */
export function unsigned(e: Entries, m: ManifestJson): Entries {
  const out: Entries = { ...e };
  Reflect.deleteProperty(out, 'manifest.json.sig');
  Reflect.deleteProperty(out, 'installation-key.pem');
  Reflect.deleteProperty(m, 'attestations');
  return rehash(out, m);
}

export function zipOf(e: Entries): Uint8Array {
  return zipSync(e as Zippable);
}
