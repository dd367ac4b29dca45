import { createHash } from 'node:crypto';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hashEntry } from '../../../utils/audit/chain';
import { canonicalJson } from '../../../utils/hash';
import { addEvidence, editCase, moveEvidence, createCase } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import { renderVerifyHtml, VERIFY_CORE_JS } from '../../../utils/export/verify-html';
import type { AuditEntry } from '../../../utils/schemas/records';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { isAttestationFile } from '../../../utils/trust/attestations';

interface PageFile {
  path: string | null;
  name: string;
  size: number;
  read(): Promise<ArrayBuffer>;
}
interface PageRow {
  path: string;
  status: 'ok' | 'mismatch' | 'missing' | 'extra' | 'attestation';
}
interface PageResult {
  ok: boolean;
  rows: PageRow[];
  problems: string[];
  auditEntries: number;
  head: string;
}
interface PageCore {
  canonicalJson(v: unknown): string;
  hashEntry(e: AuditEntry): Promise<string>;
  checkPack(files: PageFile[]): Promise<PageResult>;
}

/** The page's own script text, run in Node (which has the same WebCrypto). */
function pageCore(): PageCore {
  const factory = new Function(`${VERIFY_CORE_JS}\nreturn { canonicalJson, hashEntry, checkPack };`) as () => PageCore;
  return factory();
}

function asFiles(entries: Record<string, Uint8Array>, withPaths = true): PageFile[] {
  return Object.entries(entries).map(([path, bytes]) => ({
    path: withPaths ? path : null,
    name: path.slice(path.lastIndexOf('/') + 1),
    size: bytes.byteLength,
    read: () => Promise.resolve(bytes.slice().buffer),
  }));
}

async function richCase() {
  const db = freshDb();
  const { c } = await caseWithScreenshot(db);
  await addEvidence(db, {
    caseId: c.id,
    kind: 'order-data',
    title: '订单 “DS-1” <b>',
    capturedAt: Date.now() + 5,
    capture: { ...META, viewport: { width: 1280, height: 800 } },
    files: [{ name: 'order.json', mime: 'application/json', bytes: strToU8('{"订单":"DS-1"}') }],
  });
  await editCase(db, c.id, { title: '退款 \u2028 case', tags: ['a', 'b'], dates: { ordered: '2026-11-04' } });
  const other = await createCase(db, { platform: 'taobao', role: 'seller', title: '另一个' });
  const moved = await addEvidence(db, {
    caseId: other.id,
    kind: 'note',
    title: 'n',
    capturedAt: Date.now() + 9,
    capture: META,
    text: 't',
    files: [{ name: 'n.txt', mime: 'text/plain', bytes: strToU8('n') }],
  });
  await moveEvidence(db, moved.id, c.id);
  return { db, c };
}

describe('verify.html', () => {
  it('hashes audit entries exactly as utils/audit/chain.ts does, on real entries', async () => {
    const { db, c } = await richCase();
    const pack = await buildPack(db, c.id);
    const entries = pack.manifest.audit.entries;
    expect(entries.map((e) => e.action)).toEqual(['create', 'attach', 'attach', 'edit', 'move', 'export']);
    const core = pageCore();
    for (const entry of entries) {
      const { hash, ...unsealed } = entry;
      expect(core.canonicalJson(unsealed)).toBe(canonicalJson(unsealed));
      expect(await core.hashEntry(entry)).toBe(hashEntry(unsealed));
      expect(hash).toBe(hashEntry(unsealed));
    }
    // A different entry must hash differently in the page too, or the comparison above proves nothing.
    expect(await core.hashEntry({ ...entries[0]!, at: entries[0]!.at + 1 })).not.toBe(entries[0]!.hash);
  });

  it('reports every file of an untouched pack OK', async () => {
    const { db, c } = await richCase();
    const pack = await buildPack(db, c.id, { lang: 'zh' });
    const result = await pageCore().checkPack(asFiles(unzipSync(pack.bytes)));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.rows.map((r) => r.status)).toEqual(
      result.rows.map((r) => (isAttestationFile(r.path) ? 'attestation' : 'ok')),
    );
    expect(result.rows.map((r) => r.path).sort()).toEqual(Object.keys(unzipSync(pack.bytes)).sort());
    expect(result.head).toBe(pack.manifest.audit.head);
  });

  it('names a changed file, a missing file and an extra file', async () => {
    const { db, c } = await richCase();
    const entries = unzipSync((await buildPack(db, c.id)).bytes);
    const png = entries['evidence/001-screenshot/screenshot.png']!;
    png[0] = png[0]! ^ 1;
    delete entries['case.json'];
    entries['evidence/001-screenshot/planted.exe'] = strToU8('MZ');
    const result = await pageCore().checkPack(asFiles(entries));
    expect(result.ok).toBe(false);
    const status = Object.fromEntries(result.rows.map((r) => [r.path, r.status]));
    expect(status['evidence/001-screenshot/screenshot.png']).toBe('mismatch');
    expect(status['case.json']).toBe('missing');
    expect(status['evidence/001-screenshot/planted.exe']).toBe('extra');
    expect(status['report.html']).toBe('ok');
  });

  it('names an altered audit entry and a manifest that SHA256SUMS does not vouch for', async () => {
    const { db, c } = await richCase();
    const entries = unzipSync((await buildPack(db, c.id)).bytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      audit: { entries: AuditEntry[] };
    };
    manifest.audit.entries[3]!.details = { fields: ['title'] };
    entries['manifest.json'] = strToU8(JSON.stringify(manifest));
    const result = await pageCore().checkPack(asFiles(entries));
    expect(result.problems).toContain('audit entry 3 (edit) was altered: its content no longer matches its hash');
    expect(result.rows.find((r) => r.path === 'manifest.json')?.status).toBe('mismatch');
  });

  it('matches individually chosen files by name when no folder path is known', async () => {
    const { db, c } = await richCase();
    const result = await pageCore().checkPack(asFiles(unzipSync((await buildPack(db, c.id)).bytes), false));
    expect(result.ok).toBe(true);
  });

  it('is self-contained: one inline script allowed by hash, no external resources', () => {
    const html = renderVerifyHtml('zh');
    expect(html).toContain('webkitdirectory');
    expect(html).not.toMatch(/(src|href)\s*=|https?:\/\/|@import|url\(/);
    expect(html.match(/<script/g)).toHaveLength(1);
    const csp = /content="(default-src 'none'; script-src 'sha256-([^']+)'[^"]*)"/.exec(html);
    expect(csp).not.toBeNull();
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
    expect(createHash('sha256').update(script, 'utf8').digest('base64')).toBe(csp![2]);
    expect(script).not.toMatch(/fetch\(|XMLHttpRequest|innerHTML|import\(/);
  });
});
