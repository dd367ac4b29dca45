import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idb } from '../support/e2e/idb';
import enMessages from '../../public/_locales/en/messages.json';
import { launchFirefox, pressInPage, request, until, type FirefoxSession } from '../support/e2e/firefox';
import { decodeStoredImage, readStore, readStoredText, type Store } from '../support/e2e/store';

const NO_MHTML = enMessages.healthSnapshotUnavailable.message;
type Rgb = [number, number, number];

let s: FirefoxSession;
let ext: Page;
beforeAll(async () => {
  s = await launchFirefox();
  ext = await s.openExtensionPage('popup.html');
});
afterAll(async () => {
  await s?.close();
});

/** The evidence added since `before` was read. */
const added = (before: Store, after: Store) =>
  after.evidence.filter((e) => !before.evidence.some((b) => b.id === e.id));

/** What the tall test page looks like, measured in the page itself: the truth the picture is checked against. */
function layoutOf(page: Page) {
  return page.evaluate(() => {
    const rgb = (el: Element): [number, number, number] => {
      const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(el).backgroundColor);
      return [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
    };
    return {
      dpr: devicePixelRatio,
      height: document.documentElement.scrollHeight,
      header: { height: document.querySelector('header')!.offsetHeight, color: rgb(document.querySelector('header')!) },
      bar: {
        height: document.getElementById('fixed-bar')!.offsetHeight,
        color: rgb(document.getElementById('fixed-bar')!),
      },
      sections: [...document.querySelectorAll('section')].map((el) => ({
        top: el.getBoundingClientRect().top + scrollY,
        height: el.offsetHeight,
        color: rgb(el),
      })),
      images: [...document.querySelectorAll('section img')].map((img) => {
        const r = img.getBoundingClientRect();
        return { x: r.left + scrollX + r.width / 2, y: r.top + scrollY + r.height / 2 };
      }),
    };
  });
}

/** Rows of each colour down one column of a stored picture, counted in the browser. */
function columnRuns(sha256: string, x: number): Promise<[number, number, number, number][]> {
  return idb(
    ext,
    async (db, { key, col }, { req }) => {
      const rec = (await req(db.transaction('blobs').objectStore('blobs').get(key))) as { data: Blob };
      const bitmap = await createImageBitmap(rec.data);
      const canvas = new OffscreenCanvas(1, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, col, 0, 1, bitmap.height, 0, 0, 1, bitmap.height);
      const data = ctx.getImageData(0, 0, 1, bitmap.height).data;
      const runs: [number, number, number, number][] = [];
      for (let y = 0; y < bitmap.height; y++) {
        const [r, g, b] = [data[y * 4]!, data[y * 4 + 1]!, data[y * 4 + 2]!];
        const last = runs.at(-1);
        if (last && last[0] === r && last[1] === g && last[2] === b) last[3]++;
        else runs.push([r, g, b, 1]);
      }
      return runs;
    },
    { key: sha256, col: x },
  );
}

const near = (a: Rgb, b: Rgb) => a.every((v, i) => Math.abs(v - b[i]!) <= 3);
const rowsOf = (runs: [number, number, number, number][], color: Rgb) =>
  runs.filter(([r, g, b]) => near([r, g, b], color)).reduce((n, run) => n + run[3], 0);

describe('captures in Firefox', () => {
  it('the popup saves the visible page and says, there and in the record, that no MHTML snapshot was made', async () => {
    const page = await s.openShopPage('/about.html');
    const before = await readStore(ext);
    const popup = await s.openExtensionPage(`popup.html?tabId=${await s.tabIdOf(ext, page)}`);
    await popup.waitForSelector('[data-testid=popup-save]');
    await popup.click('[data-testid=popup-save]');
    const said = await until(
      () => popup.$eval('[data-testid=save-result]', (el) => el.textContent ?? ''),
      (t) => t.length > 0,
      30_000,
      'the save result',
    );
    expect(said).toContain(NO_MHTML);
    const items = added(before, await readStore(ext));
    expect(items.map((e) => e.kind).sort()).toEqual(['page-snapshot', 'screenshot']);
    const shot = items.find((e) => e.kind === 'screenshot')!;
    // The page, not the popup's own tab: the capture brought the page's tab to the front first.
    expect(shot.sourceUrl).toBe(`${s.origin}/about.html`);
    // Firefox writes RGBA; stored as RGB (colour type 2), which report.pdf takes without re-encoding it.
    expect(await decodeStoredImage(ext, shot.files[0]!.sha256)).toMatchObject({
      width: 1280,
      height: 800,
      pngColorType: 2,
    });
    await popup.close();
    await page.close();
  });

  it('pictures a 10,400-px page whole with tabs.captureTab, every band in place, the header and fixed bar once', async () => {
    const page = await s.openShopPage('/tall.html?sections=26');
    await page.evaluate(() => scrollTo({ top: 1234, behavior: 'instant' }));
    const tabId = await s.tabIdOf(ext, page);
    const before = await readStore(ext);
    const reply = await request<{ evidenceIds: string[] }>(ext, { type: 'bg.capture.full', source: 'popup', tabId });
    if (!reply.ok) throw new Error(reply.error);
    const layout = await layoutOf(page);
    expect(layout.height).toBeGreaterThanOrEqual(26 * 400);
    expect(await page.evaluate(() => scrollY)).toBe(1234);
    const full = added(before, await readStore(ext)).find((e) => e.kind === 'full-page-screenshot')!;
    expect(full.capture).toMatchObject({ method: 'tabs.captureTab' });
    const png = full.files.find((f) => f.mime === 'image/png')!;
    const dpr = layout.dpr;
    const image = await decodeStoredImage(ext, png.sha256, [
      ...layout.sections.map((sec): [number, number] => [10 * dpr, Math.round((sec.top + sec.height * 0.4) * dpr)]),
      ...layout.images.map((img): [number, number] => [Math.round(img.x * dpr), Math.round(img.y * dpr)]),
    ]);
    expect(image.height).toBe(Math.round(layout.height * dpr));
    layout.sections.forEach((sec, i) => expect(image.pixels[i]!.slice(0, 3), `section ${i + 1}`).toEqual(sec.color));
    // Lazy pictures (native and script-loaded) are green once loaded: loaded before the picture was taken.
    const pictures = image.pixels.slice(layout.sections.length);
    expect(pictures.length).toBeGreaterThan(3);
    for (const px of pictures) expect(px.slice(0, 3)).toEqual([0, 255, 0]);
    const runs = await columnRuns(png.sha256, 5 * dpr);
    expect(rowsOf(runs, layout.header.color)).toBe(Math.round(layout.header.height * dpr));
    expect(rowsOf(runs, layout.bar.color)).toBe(Math.round(layout.bar.height * dpr));
    await page.close();
  });

  it('saves exactly the region dragged on the page', async () => {
    const page = await s.openShopPage('/tall.html?test=region');
    const tabId = await s.tabIdOf(ext, page);
    await page.bringToFront();
    const before = await readStore(ext);
    expect(await request(ext, { type: 'bg.capture.pick', tabId, mode: 'region' })).toEqual({
      ok: true,
      data: { started: true },
    });
    await page.waitForSelector('orderproof-picker');
    await page.mouse.move(100, 150);
    await page.mouse.down();
    await page.mouse.move(300, 250, { steps: 4 });
    await page.mouse.move(401, 331, { steps: 2 });
    await page.mouse.up();
    const items = await until(
      async () => added(before, await readStore(ext)),
      (list) => list.length === 1,
      20_000,
      'the region',
    );
    const region = items[0]!.files.find((f) => f.name === 'region.png')!;
    const dpr = await page.evaluate(() => devicePixelRatio);
    expect(await decodeStoredImage(ext, region.sha256)).toMatchObject({ width: 301 * dpr, height: 181 * dpr });
    await page.close();
  });
});

describe('chat capture in Firefox', () => {
  it('saves the demo thread from the in-page button: every message in order, from the start, its own picture hashed', async () => {
    const page = await s.openShopPage('/chat/demo-thread.html');
    const total = Number(await page.$eval('body', (b) => b.getAttribute('data-total')));
    expect(total).toBeGreaterThan(20);
    const before = await readStore(ext);
    await pressInPage(page, 'orderproof-chat');
    const items = await until(
      async () => added(before, await readStore(ext)),
      (list) => list.some((e) => e.kind === 'chat-transcript'),
      60_000,
      'the chat transcript',
    );
    const item = items.find((e) => e.kind === 'chat-transcript')!;
    const json = JSON.parse(
      await readStoredText(ext, item.files.find((f) => f.name === 'transcript.json')!.sha256),
    ) as {
      messages: { id?: string; attachments: { kind: string; url: string; saved: boolean; sha256?: string }[] }[];
      completeness: { messages: number; startReached: boolean; complete: boolean };
      bands: { sha256: string; pixels: { width: number; height: number } }[];
      orderNumbers: string[];
    };
    expect(json.messages.map((m) => m.id)).toEqual(
      Array.from({ length: total }, (_, i) => `ds-${String(i + 1).padStart(4, '0')}`),
    );
    expect(json.completeness).toMatchObject({ messages: total, startReached: true, complete: true });
    expect(json.orderNumbers).toEqual(['DS-20261104-0001']);
    const own = json.messages.flatMap((m) => m.attachments).find((a) => a.url.endsWith('/chat/img/mug-crack.svg'))!;
    expect(own.saved).toBe(true);
    expect(own.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(resolve('tests/demo-shop/site/chat/img/mug-crack.svg')))
        .digest('hex'),
    );
    expect(json.bands.length).toBeGreaterThan(0);
    for (const band of json.bands) expect(await decodeStoredImage(ext, band.sha256)).toMatchObject(band.pixels);
    await page.close();
  });
});

/**
 * A real saved Amazon order-details page (../shared/fixtures/real, never copied into the repository;
 * REAL_PAGES_DIR names another place) served under its real https address: the tab's requests are
 * intercepted over WebDriver BiDi, that one address answered with the file, every other one refused.
 */
const REAL = resolve(process.env.REAL_PAGES_DIR ?? '../shared/fixtures/real', 'amazon-com-2020-2025');
const present = existsSync(REAL);
const ORDER_ID = '112-9685975-5907428';
const PATH = '/gp/your-account/order-details';

it('uses the shared real pages when present', () => {
  if (!present) console.warn(`real-page Firefox e2e skipped: ${REAL} is absent (a fresh clone has no shared fixtures)`);
  expect(typeof present).toBe('boolean');
});

describe.runIf(present)('a real Amazon order-details page in Firefox', () => {
  it('shows the in-page button, and a click saves the order with its id and total', async () => {
    const html = readFileSync(resolve(REAL, `order-details-${ORDER_ID}.html`));
    const page = await s.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.hostname === 'www.amazon.com' && u.pathname === PATH)
        void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else void r.abort();
    });
    await page.goto(`https://www.amazon.com${PATH}?orderID=${ORDER_ID}`);
    const before = await readStore(ext);
    await pressInPage(page, 'orderproof-save');
    const items = await until(
      async () => added(before, await readStore(ext)),
      (list) => list.length >= 3,
      30_000,
      'the saved order',
    );
    const store = await readStore(ext);
    expect(store.cases.filter((c) => c.orderRef === ORDER_ID)).toEqual([
      expect.objectContaining({ platform: 'amazon' }),
    ]);
    expect(items.map((e) => e.kind).sort()).toEqual(['order-data', 'page-snapshot', 'screenshot']);
    const order = items.find((e) => e.kind === 'order-data')!.order;
    expect(order?.orderId).toBe(ORDER_ID);
    expect(order?.amounts.total).toEqual({ amount: 46.61, currency: 'USD' });
    expect(items.find((e) => e.kind === 'screenshot')!.sourceUrl).toBe(
      `https://www.amazon.com${PATH}?orderID=${ORDER_ID}`,
    );
    await page.close();
  });
});
