import { beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../support/e2e/chromium';
import { sharedSession } from '../support/e2e/reset';
import { saveOnPage } from '../support/e2e/save';
import { readStore } from '../support/e2e/store';
import { idb } from '../support/e2e/idb';

const SEEDED = 130;

/**
 * A case of many items: the library draws the newest page of cards, keeps what is added in view, and
 * brings earlier ones a page at a time (it used to draw every card again on each change, for seconds).
 */
describe('a case with many evidence files, in the library', () => {
  const session = sharedSession({ lang: 'en-US' });
  let s: Session;
  beforeEach(() => {
    s = session();
  });

  it('draws the newest 60 cards, keeps a new note in view, and shows earlier ones on request', async () => {
    await (await saveOnPage(s)).close();
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    const { cases, evidence } = await readStore(lib);
    const caseId = cases[0]!.id;
    const first = evidence.length;
    const after = Math.max(...evidence.map((e) => e.capturedAt));
    // Notes put in as stored records (what the cards draw); newest last, after the saved order's items.
    await idb(
      lib,
      async (db, { caseId, count, after }, { done }) => {
        const tx = db.transaction('evidence', 'readwrite');
        for (let i = 0; i < count; i++)
          tx.objectStore('evidence').put({
            id: `seeded-note-${String(i).padStart(4, '0')}`,
            caseId,
            kind: 'note',
            title: `Seeded note ${i}`,
            capturedAt: after + 1 + i,
            capture: { method: 'note', browser: 'test', extensionVersion: '0', utcOffsetMinutes: 0, health: [] },
            files: [{ name: 'note.txt', mime: 'text/plain', size: 1, sha256: i.toString(16).padStart(64, '0') }],
            text: 'x',
          });
        await done(tx);
      },
      { caseId, count: SEEDED, after },
    );
    await lib.reload();
    await lib.getByTestId('library-case').first().click();
    const cards = lib.getByTestId('evidence-card');
    const titles = () =>
      lib
        .locator('[data-testid="evidence-card"] header input')
        .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    const earlier = lib.getByTestId('gallery-earlier');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(60);
    expect(await earlier.getAttribute('data-hidden')).toBe(String(first + SEEDED - 60));
    expect(await earlier.innerText()).toBe(`Show earlier evidence files (${first + SEEDED - 60} not shown)`);
    expect((await titles()).at(-1)).toBe(`Seeded note ${SEEDED - 1}`);
    expect(await titles()).not.toContain('Seeded note 0');

    await lib.locator('.note-form textarea').fill('The parcel box was crushed at one corner.');
    await lib.locator('.note-form button').click();
    await expect
      .poll(async () => (await titles()).at(-1), { timeout: 15_000 })
      .toBe('The parcel box was crushed at one corner.');
    expect(await cards.count()).toBe(60);

    await earlier.click();
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(120);
    await earlier.click();
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(first + SEEDED + 1);
    expect(await earlier.count()).toBe(0);
    expect(await titles()).toContain('Seeded note 0');
    await lib.close();
  });
});
