import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OrderProofDB } from '../../../utils/db/database';
import { auditLog, caseEvidence, recentCases } from '../../../utils/db/store';
import { verifyCase } from '../../../utils/export/verify';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../utils/db/versions';
import { caseWithScreenshot } from './helpers';

describe('schema versions', () => {
  it('are numbered upwards without gaps', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  // Each older version writes a database the way that version of the extension did; the current
  // code must open it and find every record, with its evidence still verifying.
  for (const old of SCHEMA_VERSIONS.slice(0, -1)) {
    it(`opens a database written by version ${old.version} and finds every record`, async () => {
      const name = `migrate-from-${old.version}-${Math.random()}`;
      const legacy = new OrderProofDB(name, old.version);
      const { c, ev } = await caseWithScreenshot(legacy);
      if (old.version < 2) {
        // Version 1 had no tags on cases.
        await legacy.cases.toCollection().modify((x: { tags?: string[] }) => {
          delete x.tags;
        });
      }
      legacy.close();

      const current = new OrderProofDB(name);
      await current.open();
      expect(current.verno).toBe(LATEST_VERSION);
      const cases = await recentCases(current);
      expect(cases.map((x) => x.id)).toEqual([c.id]);
      expect(cases[0]!.tags).toEqual([]);
      expect((await caseEvidence(current, c.id)).map((e) => e.id)).toEqual([ev.id]);
      expect((await auditLog(current, c.id)).map((e) => e.action)).toEqual(['create', 'attach']);
      expect((await verifyCase(current, c.id)).ok).toBe(true);
      current.close();
      await Dexie.delete(name);
    });
  }
});
