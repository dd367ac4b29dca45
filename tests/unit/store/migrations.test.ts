import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { sealEntry } from '../../../utils/audit/chain';
import { OrderProofDB } from '../../../utils/db/database';
import { auditLog, caseEvidence, recentCases } from '../../../utils/db/store';
import { verifyCase } from '../../../utils/export/verify-case';
import { sha256Hex, ZERO_HASH } from '../../../utils/hash';
import { buildSearchText, matchesQuery } from '../../../utils/db/search-text';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../utils/db/versions';
import type { Case, Evidence } from '../../../utils/schemas/records';
import { META } from '../../support/db';

/** Writes records the way an older version did: raw rows in that version's tables, nothing newer. */
async function writeAsVersion(version: number, name: string) {
  const legacy = new Dexie(name);
  for (const v of SCHEMA_VERSIONS) if (v.version <= version) legacy.version(v.version).stores(v.stores);
  await legacy.open();
  const caseId = 'case-legacy-0001';
  const bytes = new TextEncoder().encode('legacy screenshot');
  const sha256 = await sha256Hex(bytes);
  const legacyCase: Record<string, unknown> = {
    id: caseId,
    platform: 'demo-shop',
    role: 'buyer',
    title: 'Order DS-OLD',
    orderRef: 'DS-OLD',
    status: 'open',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    dates: { ordered: '2026-10-01' },
  };
  if (version >= 2) legacyCase.tags = ['kept'];
  const evidence = {
    id: 'evidence-legacy-0001',
    caseId,
    kind: 'order-data',
    title: 'Order DS-OLD',
    capturedAt: 1_700_000_000_001,
    capture: META,
    files: [{ name: 'order.json', mime: 'application/json', size: bytes.byteLength, sha256 }],
    order: {
      marketplace: 'demo-shop',
      orderId: 'DS-OLD',
      seller: 'Legacy Seller',
      items: [{ title: '旧的保温杯 Old mug' }],
      amounts: {},
      shipments: [],
      provenance: {},
      confidence: 'adapter',
    },
  };
  const create = sealEntry({
    seq: 0,
    caseId,
    at: 1_700_000_000_000,
    action: 'create',
    details: { title: 'Order DS-OLD' },
    prevHash: ZERO_HASH,
  });
  const attach = sealEntry({
    seq: 1,
    caseId,
    at: 1_700_000_000_001,
    action: 'attach',
    evidenceId: evidence.id,
    details: { files: [{ name: 'order.json', sha256, size: bytes.byteLength }] },
    prevHash: create.hash,
  });
  await legacy.table('cases').add(legacyCase);
  await legacy.table('evidence').add(evidence);
  await legacy
    .table('blobs')
    .add({ sha256, size: bytes.byteLength, mime: 'application/json', data: new Blob([bytes]) });
  await legacy.table('audit').bulkAdd([create, attach]);
  // From version 3 on, every save kept the case's search document up to date.
  if (version >= 3)
    await legacy
      .table('search')
      .add({ caseId, text: buildSearchText(legacyCase as unknown as Case, [evidence as unknown as Evidence]) });
  legacy.close();
  return { caseId, evidenceId: evidence.id };
}

describe('schema versions', () => {
  it('are numbered upwards without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  for (const old of SCHEMA_VERSIONS.slice(0, -1)) {
    it(`opens a database written by version ${old.version} and finds every record`, async () => {
      const name = `migrate-from-${old.version}-${Math.random()}`;
      const { caseId, evidenceId } = await writeAsVersion(old.version, name);
      const current = new OrderProofDB(name);
      await current.open();
      expect(current.verno).toBe(LATEST_VERSION);
      const cases = await recentCases(current);
      expect(cases.map((x) => x.id)).toEqual([caseId]);
      expect(cases[0]!.tags).toEqual(old.version >= 2 ? ['kept'] : []);
      expect((await caseEvidence(current, caseId)).map((e) => e.id)).toEqual([evidenceId]);
      expect((await auditLog(current, caseId)).map((e) => e.action)).toEqual(['create', 'attach']);
      expect((await verifyCase(current, caseId)).ok).toBe(true);
      const doc = await current.search.get(caseId);
      expect(doc && matchesQuery(doc.text, 'legacy seller 保温杯')).toBe(true);
      current.close();
      await Dexie.delete(name);
    });
  }
});
