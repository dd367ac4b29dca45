import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/e2e/chromium';
import { shadowText } from '../support/e2e/in-page';
import { readStore, readStoredText, settingKeys } from '../support/e2e/store';

let s: Session;
let ext: Page;

/** Rows of the chat journal, read from the database directly (reading does not wake the background). */
async function chatJournalKeys(): Promise<string[]> {
  return (await settingKeys(ext)).filter((k) => k.startsWith('chatJournal:'));
}

const chatItems = async () => (await readStore(ext)).evidence.filter((e) => e.kind === 'chat-transcript');

describe('a whole-chat capture cut short by the background stopping', () => {
  beforeAll(async () => {
    s = await launch();
    ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('popup.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps the bands and messages gathered so far as an incomplete chat, says so plainly, and puts the list back', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}/chat/long-500.html`);
    await page.bringToFront();
    const cdp = await s.context.newCDPSession(page);
    const where = () =>
      page.evaluate(() => ({ list: document.querySelector('[data-op-chat-list]')!.scrollTop, page: scrollY }));
    const before = await where();

    const box = await page.locator('orderproof-chat').boundingBox();
    if (!box) throw new Error('no chat button');
    await page.mouse.click(box.x + box.width / 2, box.y + Math.min(box.height / 2, 18));
    await expect
      .poll(async () => (await chatJournalKeys()).filter((k) => k.includes(':band:')).length, {
        timeout: 60_000,
        interval: 100,
      })
      .toBeGreaterThanOrEqual(3);

    const sw = await s.context.newCDPSession(ext);
    await sw.send('ServiceWorker.enable');
    await sw.send('ServiceWorker.stopAllWorkers');

    // Chrome's own words never reach the user; the page ends on the stored, incomplete chat.
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          const text = await shadowText(cdp, 'orderproof-chat');
          seen.add(text);
          return text;
        },
        { timeout: 60_000, interval: 200 },
      )
      .toContain('Chat saved, but it may be incomplete');
    for (const text of seen) expect(text).not.toMatch(/message channel|asynchronous response|Could not save/);
    expect(await shadowText(cdp, 'orderproof-chat')).toContain('background stopped during the capture');

    const [item] = await chatItems();
    expect(item).toBeDefined();
    const health = item!.capture.health.join(' ');
    const m = /the (\d+) messages and (\d+) screenshot parts gathered until then were kept/.exec(health);
    expect(m, health).not.toBeNull();
    const bands = item!.files.filter((f) => /^band-\d+\.png$/.test(f.name));
    expect(bands.length).toBe(Number(m![2]));
    expect(bands.length).toBeGreaterThanOrEqual(3);
    const json = JSON.parse(
      await readStoredText(ext, item!.files.find((f) => f.name === 'transcript.json')!.sha256),
    ) as {
      messages: { id?: string }[];
      completeness: { complete: boolean };
      bands: { sha256: string }[];
    };
    expect(json.messages.length).toBe(Number(m![1]));
    expect(json.messages.length).toBeGreaterThan(0);
    expect(json.messages[0]!.id).toBe('l0001');
    expect(json.completeness.complete).toBe(false);
    expect(json.bands.map((b) => b.sha256)).toEqual(bands.map((f) => f.sha256));

    expect(await where()).toEqual(before);
    await expect.poll(() => chatJournalKeys(), { timeout: 10_000 }).toEqual([]);
    await page.close();
  });
});
