import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { WATCHDOG_TEST_KEY } from '../../entrypoints/page-tools.content/capture-stage';
import { launch, type Session } from '../support/e2e/chromium';
import { decodeStoredImage, readStore, readStoredText, settingKeys } from '../support/e2e/store';
import { backgroundReply } from '../support/e2e/ask';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** Keys of the journal rows, read from the database directly (reading does not wake the background). */
async function journalKeys(ext: Page): Promise<string[]> {
  return (await settingKeys(ext)).filter((k) => k.startsWith('captureJournal:'));
}

const fullPageItems = async (ext: Page) =>
  (await readStore(ext)).evidence.filter((e) => e.kind === 'full-page-screenshot');

describe('a full-page capture cut short by the background stopping', () => {
  it('is finished at the next start from the screens kept: partial, said so, hashed from its bytes', async () => {
    s = await launch();
    const ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('popup.html'));
    // The page's watchdog at 2 s instead of 15: the test waits for it once the background has stopped.
    await ext.evaluate(
      (key) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ [key]: 2000 }),
      WATCHDOG_TEST_KEY,
    );
    const page = await s.context.newPage();
    // 60 sections of 400 px and a header: over 30 screens of 800 px, about 16 s of stitching.
    await page.goto(`${s.shop.origin}/tall.html?sections=60&test=resume`);
    await page.evaluate(() => scrollTo({ top: 321, behavior: 'instant' }));
    const tabId = await s.tabIdOf(page);
    await page.bringToFront();
    const { dpr, screen, height } = await page.evaluate(() => ({
      dpr: devicePixelRatio,
      screen: document.documentElement.clientHeight,
      height: document.documentElement.scrollHeight,
    }));
    const screens = Math.ceil(height / screen);
    expect(screens).toBeGreaterThanOrEqual(30);

    // The reply never comes: the background is stopped before it can answer.
    const pending = backgroundReply(ext, { type: 'bg.capture.full', source: 'popup', tabId }).catch(
      (err: unknown) => err,
    );
    await expect
      .poll(async () => (await journalKeys(ext)).filter((k) => k.includes(':band:')).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);

    const cdp = await s.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await pending;
    // Stopped, not finished: the kept screens are in the journal and nothing half-made is evidence.
    expect(await fullPageItems(ext)).toEqual([]);
    expect((await journalKeys(ext)).length).toBeGreaterThan(0);
    // The page puts itself back when the background goes quiet.
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 20_000 }).toBe(321);

    // Opening an extension page starts the background again.
    await ext.reload();
    await expect.poll(async () => (await fullPageItems(ext)).length, { timeout: 20_000 }).toBe(1);
    const [item] = await fullPageItems(ext);
    const health = item!.capture.health.join(' ');
    const m = /Partial: the background stopped during the capture; (\d+) of (\d+) screens were kept\./.exec(health);
    expect(m, health).not.toBeNull();
    const kept = Number(m![1]);
    expect(Number(m![2])).toBe(screens);
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(kept).toBeLessThan(screens);

    const png = item!.files.find((f) => f.name === 'full-page.png')!;
    const image = await decodeStoredImage(ext, png.sha256);
    expect(image.sha256).toBe(png.sha256);
    expect(image.height).toBeGreaterThan(screen * dpr);
    expect(image.height).toBeLessThan(height * dpr);
    // The picture is exactly the screens the health line counts.
    expect(image.height).toBe(kept * screen * dpr);
    const meta = JSON.parse(
      await readStoredText(ext, item!.files.find((f) => f.name === 'capture.json')!.sha256),
    ) as Record<string, unknown>;
    expect(meta).toMatchObject({ url: page.url(), partial: true, screens: { kept, expected: screens } });

    await expect.poll(() => journalKeys(ext), { timeout: 10_000 }).toEqual([]);
    // A later start finds nothing left to finish: still one picture.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await ext.reload();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await fullPageItems(ext)).toHaveLength(1);
  });
});
