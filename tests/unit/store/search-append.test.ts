import { describe, expect, it, vi } from 'vitest';
import { addEvidence } from '../../../utils/db/store';
import { buildSearchText } from '../../../utils/db/search-text';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

const lines = (s: string) => s.split('\n').sort();

describe('the search document on adding evidence', () => {
  it('gains the new item’s words without the case’s other items being read', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const where = vi.spyOn(db.evidence, 'where');
    await addEvidence(db, {
      caseId: c.id,
      kind: 'note',
      title: 'Courier call',
      capturedAt: Date.now(),
      capture: META,
      text: 'Parcel LEFT at 菜鸟驿站',
      files: [{ name: 'n.txt', mime: 'text/plain', bytes: new Uint8Array([1]) }],
    });
    expect(where).not.toHaveBeenCalled();
    const doc = (await db.search.get(c.id))!.text;
    expect(doc).toContain('parcel left at 菜鸟驿站');
    // The same words a rebuild from every item gives.
    const items = await db.evidence.where('caseId').equals(c.id).toArray();
    expect(lines(doc)).toEqual(lines(buildSearchText(c, items)));
  });

  it('stays within the document’s size limit', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const long = 'x'.repeat(30_000);
    for (let i = 0; i < 3; i++)
      await addEvidence(db, {
        caseId: c.id,
        kind: 'note',
        title: `n${i}`,
        capturedAt: Date.now(),
        capture: META,
        text: long,
        files: [{ name: 'n.txt', mime: 'text/plain', bytes: new Uint8Array([i]) }],
      });
    expect((await db.search.get(c.id))!.text.length).toBe(50_000);
  });
});
