import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/e2e/chromium';
import { readStore } from '../support/e2e/store';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('the popup saves a whole chat', () => {
  it('on the demo chat page, through the popup button', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}/chat/DS-20261104-0001.html`);
    const popup = await s.openPopup(await s.tabIdOf(page));
    await page.bringToFront();
    await popup.getByTestId('popup-save-chat').click();
    await expect.poll(() => popup.getByTestId('chat-note').textContent(), { timeout: 60_000 }).toMatch(/Chat saved/);
    const store = await readStore(popup);
    const chat = store.evidence.find((e) => e.kind === 'chat-transcript');
    expect(chat?.files.map((f) => f.name)).toEqual(expect.arrayContaining(['transcript.json', 'transcript.txt']));
    expect(store.cases.find((c) => c.id === chat?.caseId)?.orderRef).toBe('DS-20261104-0001');
  });
});
