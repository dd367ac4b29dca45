import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../utils/audit/chain';
import { addEvidence, auditLog } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import { recordExport } from '../../../utils/export/record-export';
import { verifyCase } from '../../../utils/export/verify-case';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

describe('the export entry in the library', () => {
  it('is not written by building a pack (an export that fails logs nothing), and is the very entry the pack ends with once saved', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const before = await auditLog(db, c.id);
    const pack = await buildPack(db, c.id, { pdf: false, exportDetails: { format: 'zip', language: 'en' } });
    expect(await auditLog(db, c.id)).toEqual(before);
    expect(pack.manifest.audit.entries.at(-1)).toEqual(pack.exportEntry);
    await recordExport(db, pack);
    const after = await auditLog(db, c.id);
    expect(after).toEqual(pack.manifest.audit.entries);
    expect(verifyChain(after)).toEqual([]);
    expect((await verifyCase(db, c.id)).ok).toBe(true);
  });

  it('records the pack head in a new entry when something was logged while the pack was being saved', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const pack = await buildPack(db, c.id, { pdf: false });
    await addEvidence(db, {
      caseId: c.id,
      kind: 'note',
      title: 'meanwhile',
      capturedAt: Date.now(),
      capture: META,
      files: [{ name: 'n.txt', mime: 'text/plain', bytes: strToU8('n') }],
    });
    const entry = await recordExport(db, pack);
    expect(entry).toMatchObject({
      action: 'export',
      details: { packHead: pack.manifest.audit.head, pack: pack.exportEntry.details.pack },
    });
    expect(entry.hash).not.toBe(pack.exportEntry.hash);
    expect(verifyChain(await auditLog(db, c.id))).toEqual([]);
  });
});
