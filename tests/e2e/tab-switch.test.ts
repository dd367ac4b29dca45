import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idb } from '../support/e2e/idb';
import { DEMO_ORDER_PATH } from '../demo-shop/server';
import { launch, type Session } from '../support/e2e/chromium';
import { shadowText } from '../support/e2e/in-page';
import { readStore, setSetting, type StoredEvidence, settingKeys } from '../support/e2e/store';
import { backgroundReply } from '../support/e2e/ask';

/** Keys of the full-page journal's band rows: how many screens a running capture has taken. */
async function journalBands(): Promise<number> {
  return (await settingKeys(ext)).filter((k) => k.startsWith('captureJournal:') && k.includes(':band:')).length;
}

/**
 * The user switches to another tab (a solid red "bank" page) while a capture runs. No picture stored
 * as evidence may be of that tab: captureVisibleTab pictures whatever is in front.
 */

const RED: [number, number, number] = [255, 0, 0];
type Reply =
  | {
      ok: true;
      data: { caseId: string; evidenceIds: string[]; health: string[]; partial?: boolean; complete?: boolean };
    }
  | { ok: false; error: string };

let s: Session;
let ext: Page;

function request(message: object): Promise<Reply> {
  return backgroundReply<Reply>(ext, message);
}

/** A page of one colour, on the demo host so it can be captured too. */
async function openBank(): Promise<Page> {
  const bank = await s.context.newPage();
  await bank.goto(`${s.shop.origin}/about.html?bank`);
  await bank.evaluate(() => {
    document.head.innerHTML =
      '<style>html, body { margin: 0; height: 100%; background: rgb(255, 0, 0) !important; overflow: hidden; }</style>';
    document.body.innerHTML = '';
    document.title = 'BANK SECRET';
  });
  return bank;
}

/** How much of a stored PNG is one colour: the share of all pixels, and the rows that are almost wholly it. */
async function colourShare(
  sha256: string,
  rgb: [number, number, number],
): Promise<{ share: number; rows: number; height: number }> {
  return idb(
    ext,
    async (db, { key, rgb }, { req }) => {
      const rec = (await req(db.transaction('blobs').objectStore('blobs').get(key))) as { data: Blob };
      const bitmap = await createImageBitmap(rec.data);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const near = (i: number) =>
        Math.abs(data[i]! - rgb[0]) <= 8 &&
        Math.abs(data[i + 1]! - rgb[1]) <= 8 &&
        Math.abs(data[i + 2]! - rgb[2]) <= 8;
      let all = 0;
      let rows = 0;
      for (let y = 0; y < height; y++) {
        let inRow = 0;
        for (let x = 0; x < width; x++) if (near((y * width + x) * 4)) inRow++;
        all += inRow;
        if (inRow > width * 0.9) rows++;
      }
      return { share: all / (width * height), rows, height };
    },
    { key: sha256, rgb },
  );
}

/** Every PNG stored so far, with how much of it is red. */
async function redPictures(): Promise<{ item: StoredEvidence; file: string; share: number; rows: number }[]> {
  const { evidence } = await readStore(ext);
  const out: { item: StoredEvidence; file: string; share: number; rows: number }[] = [];
  for (const item of evidence) {
    for (const f of item.files.filter((f) => f.mime === 'image/png')) {
      const { share, rows } = await colourShare(f.sha256, RED);
      out.push({ item, file: f.name, share, rows });
    }
  }
  return out;
}

/** A real mouse click on an OrderProof in-page button (its host's box), as a user would. */
async function clickHost(page: Page, tag: string): Promise<void> {
  const box = await page.locator(tag).boundingBox();
  if (!box) throw new Error(`no ${tag} on the page`);
  await page.mouse.click(box.x + box.width / 2, box.y + Math.min(box.height / 2, 18));
}

describe('a tab switch during a capture stores no picture of the other tab', () => {
  beforeAll(async () => {
    s = await launch();
    ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('popup.html'));
    // The user never comes back here: 1 s of waiting for them (the setting's least) shows the same as the
    // default 10 s.
    await setSetting(ext, 'captureReturnWaitMs', 1000);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('visible save from the in-page button of a large page: no picture of the bank, and the status says why', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    // A big page, busy with its own scripts right after the click (as heavy marketplace pages are): the
    // background cannot read it, and so cannot reach the screenshot, before the user has switched tabs.
    // Without the busy spell the save could finish first on a fast moment of the machine, and the test
    // would then prove nothing about a switch mid-save.
    await page.evaluate(() => {
      const box = document.createElement('div');
      for (let i = 0; i < 1000; i++) {
        const p = document.createElement('p');
        p.textContent = `Line ${i} `.repeat(500);
        box.append(p);
      }
      document.body.append(box);
      scrollTo(0, 0);
      document.addEventListener(
        'click',
        () =>
          setTimeout(() => {
            const until = performance.now() + 3000;
            while (performance.now() < until);
          }, 0),
        { capture: true, once: true },
      );
    });
    const bank = await openBank();
    await page.bringToFront();
    await expect.poll(() => page.locator('orderproof-save').count(), { timeout: 10_000 }).toBe(1);
    const cdp = await s.context.newCDPSession(page);
    const before = (await readStore(ext)).evidence.length;

    await clickHost(page, 'orderproof-save');
    await new Promise((r) => setTimeout(r, 120));
    await bank.bringToFront();
    await expect.poll(() => shadowText(cdp, 'orderproof-save'), { timeout: 40_000 }).toMatch(/Saved|Could not save/);

    const status = await shadowText(cdp, 'orderproof-save');
    const pictures = await redPictures();
    for (const p of pictures) expect(p.share, `${p.item.title} ${p.file}`).toBeLessThan(0.5);
    // Nothing half-true was stored: the save said it could not picture the page, and why. Usually the switch
    // comes after the background's first look at which tab is in front; on a loaded machine that look may
    // already see the other tab, and the save is refused at once, just as plainly.
    expect(status).toMatch(/another tab was in front when the screenshot was due|not the one in front of its window/);
    expect((await readStore(ext)).evidence.length).toBe(before);
    await page.close();
    await bank.close();
  });

  it('full-page stitch: stops at the switch, marked partial, with no screen of the bank in the picture', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}/tall.html?sections=60&test=tab-switch`);
    const bank = await openBank();
    const tabId = await s.tabIdOf(page);
    const pending = request({ type: 'bg.capture.full', source: 'popup', tabId });
    // Switched a few screens in.
    await expect.poll(() => journalBands(), { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(3);
    await bank.bringToFront();
    const reply = await pending;
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.partial).toBe(true);
    expect(reply.data.health.join(' ')).toContain('another tab was brought to the front');

    const item = (await readStore(ext)).evidence.find((e) => e.id === reply.data.evidenceIds[0])!;
    expect(item.kind).toBe('full-page-screenshot');
    for (const f of item.files.filter((f) => f.mime === 'image/png')) {
      const { share, rows, height } = await colourShare(f.sha256, RED);
      expect(height).toBeGreaterThan(0);
      expect(rows, f.name).toBe(0);
      expect(share, f.name).toBeLessThan(0.05);
    }
    await page.close();
    await bank.close();
  });

  it('whole chat: no band of the other tab is stored; the capture stops there, marked incomplete, and says so', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}/chat/long-500.html`);
    const bank = await openBank();
    const tabId = await s.tabIdOf(page);
    const cdp = await s.context.newCDPSession(page);
    const pending = request({ type: 'bg.chat.capture', tabId });
    // Switched once the bands are being taken.
    await expect
      .poll(() => shadowText(cdp, 'orderproof-chat'), { timeout: 60_000, interval: 100 })
      .toMatch(/Saving the chat: screen ([4-9]|\d\d)/);
    await bank.bringToFront();
    const reply = await pending;
    if (!reply.ok) throw new Error(reply.error);
    const item = (await readStore(ext)).evidence.find((e) => e.id === reply.data.evidenceIds[0])!;
    const bands = item.files.filter((f) => /^band-\d+\.png$/.test(f.name));
    expect(bands.length).toBeGreaterThan(2);
    for (const f of bands) expect((await colourShare(f.sha256, RED)).share, f.name).toBeLessThan(0.5);
    expect(reply.data).toMatchObject({ complete: false, partial: true });
    expect(reply.data.health.join(' ')).toMatch(
      /The capture stopped at part \d+ of the chat because another tab was brought to the front/,
    );
    await expect.poll(() => shadowText(cdp, 'orderproof-chat')).toContain('Chat saved, but it may be incomplete');
    expect(await shadowText(cdp, 'orderproof-chat')).toContain('another tab was brought to the front');
    await page.close();
    await bank.close();
  });

  it('two saves at once from two tabs of one window: each picture is of its own tab', async () => {
    const order = await s.context.newPage();
    await order.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    const bank = await openBank();
    const [orderTab, bankTab] = [await s.tabIdOf(order), await s.tabIdOf(bank)];
    await ext.bringToFront();
    const [a, b] = await Promise.all([
      request({ type: 'bg.capture.save', source: 'popup', tabId: orderTab }),
      request({ type: 'bg.capture.save', source: 'popup', tabId: bankTab }),
    ]);
    if (!a.ok) throw new Error(a.error);
    if (!b.ok) throw new Error(b.error);
    const { evidence } = await readStore(ext);
    const shotOf = (ids: string[]) => evidence.find((e) => ids.includes(e.id) && e.kind === 'screenshot')!;
    const orderShot = shotOf(a.data.evidenceIds).files.find((f) => f.name === 'screenshot.png')!;
    const bankShot = shotOf(b.data.evidenceIds).files.find((f) => f.name === 'screenshot.png')!;
    // The bank's own picture is red: the check can tell the two apart.
    expect((await colourShare(bankShot.sha256, RED)).share).toBeGreaterThan(0.9);
    expect((await colourShare(orderShot.sha256, RED)).share).toBeLessThan(0.5);
    await order.close();
    await bank.close();
  });
});
