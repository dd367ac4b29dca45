// The store listing's pictures, made from the real extension screens on the demo shop, in each listing
// language: `npm run store-assets` (builds first) writes assets/store/<lang>/ with four 1280 × 800
// screenshots (the Chrome Web Store's size: the popup on an order page, the order picker on a list, the
// library, the pack's report) and the 440 × 280 small promo tile. Run it again after a screen changes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { DEMO_ORDER_PATH } from '../tests/demo-shop/server';
import { launch, type Session } from '../tests/support/e2e/chromium';
import { evaluateInside, inPageText } from '../tests/support/e2e/in-page';

const OUT = resolve('assets/store');
const SHOT = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
const POPUP = { width: 400, height: 600 };

/** Store listing text for the promo tile (the listing's, not the extension's: it is not in _locales). */
const LANGS = [
  { lang: 'en-US', dir: 'en', name: 'OrderProof', tagline: 'Proof of your online orders, kept on your computer' },
  { lang: 'zh-CN', dir: 'zh_CN', name: 'OrderProof 订单证据', tagline: '网购证据一键保存，只留在你的电脑上' },
  { lang: 'zh-TW', dir: 'zh_TW', name: 'OrderProof 訂單證據', tagline: '網購證據一鍵保存，只留在你的電腦上' },
] as const;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Presses an in-page control with the real mouse (they answer only trusted input). */
async function pressInPage(page: Page, role: 'save-button' | 'order-menu', selector: string): Promise<void> {
  await page.bringToFront();
  const at = await waitFor(`the in-page ${role}`, async () => {
    const box = (await evaluateInside(
      page,
      role,
      selector,
      'function () { const r = this.getBoundingClientRect(); return this.disabled ? null : { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width }; }',
    )) as { x: number; y: number; w: number } | null;
    return box && box.w > 0 ? box : undefined;
  });
  await page.mouse.click(at.x, at.y);
}

type Chrome = { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data?: unknown }> } } };

/** The order page with the popup open over it, where Chrome draws it (below the toolbar, at the right). */
async function popupOverOrder(s: Session, ext: Page, file: string): Promise<void> {
  const order = await s.context.newPage();
  await order.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
  const tabId = await s.tabIdOf(order);
  await ext.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), {
    type: 'bg.capture.save',
    tabId,
    source: 'popup',
    activate: true,
  });
  const popup = await s.openPopup(tabId);
  await popup.setViewportSize(POPUP);
  await popup.getByTestId('guidance').waitFor();
  const popupPng = await popup.screenshot();
  await popup.close();
  await order.bringToFront();
  const pagePng = await order.screenshot();
  await order.close();
  await compose(
    s,
    file,
    SHOT,
    `
    <img src="data:image/png;base64,${pagePng.toString('base64')}" style="position:absolute;inset:0">
    <img src="data:image/png;base64,${popupPng.toString('base64')}"
      style="position:absolute;right:24px;top:8px;border:1px solid #c9ced6;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.28)">`,
  );
}

/** Lays out a picture in plain HTML in the same browser, and photographs it at exactly `size`. */
async function compose(s: Session, file: string, size: { width: number; height: number }, body: string) {
  const page = await s.context.newPage();
  await page.setViewportSize(size);
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="margin:0;width:${size.width}px;height:${size.height}px;position:relative;overflow:hidden">${body}</body>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path: file });
  await page.close();
}

async function listPicker(s: Session, file: string): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(`${s.shop.origin}/orders/`);
  await pressInPage(page, 'save-button', 'button');
  await waitFor('the order picker', async () => ((await inPageText(page, 'order-menu', '.list')) ? true : undefined));
  await page.screenshot({ path: file });
  await page.close();
}

async function library(s: Session, file: string): Promise<void> {
  const lib = await s.context.newPage();
  await lib.goto(s.extensionUrl('library.html'));
  await lib.getByTestId('library-case').first().click();
  await lib.getByTestId('evidence-card').first().waitFor();
  await lib.screenshot({ path: file });
  await lib.close();
}

async function report(s: Session, ext: Page, file: string): Promise<void> {
  const caseId = await waitFor('the case', async () => {
    const ids = (await ext.evaluate(`indexedDB.databases().then(() => new Promise((ok) => {
      const r = indexedDB.open('orderproof');
      r.onsuccess = () => r.result.transaction('cases').objectStore('cases').getAllKeys().onsuccess = (e) => ok(e.target.result);
    }))`)) as string[];
    return ids[0];
  });
  const reply = await ext.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), {
    type: 'bg.export.case',
    caseId,
  });
  if (!reply.ok) throw new Error(`export failed: ${JSON.stringify(reply)}`);
  const folder = join(s.downloads, 'OrderProof');
  const zip = await waitFor(
    'the pack',
    () => readdirSync(folder, { withFileTypes: true }).find((f) => f.name.endsWith('.zip'))?.name,
  );
  const unpacked = mkdtempSync(join(tmpdir(), 'orderproof-store-'));
  for (const [path, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(join(folder, zip)))))) {
    mkdirSync(dirname(join(unpacked, path)), { recursive: true });
    writeFileSync(join(unpacked, path), data);
  }
  const page = await s.context.newPage();
  await page.goto(`file://${join(unpacked, 'report.html')}`);
  await page.screenshot({ path: file });
  await page.close();
  rmSync(unpacked, { recursive: true, force: true });
}

async function promoTile(s: Session, file: string, name: string, tagline: string): Promise<void> {
  const icon = readFileSync(resolve('assets/icon.svg'), 'utf8')
    .replace(/width="\d+"/, 'width="96"')
    .replace(/height="\d+"/, 'height="96"');
  await compose(
    s,
    file,
    TILE,
    `
    <div style="position:absolute;inset:0;background:linear-gradient(135deg,#0b6e4f,#084c37);color:#fff;
      font:600 15px/1.4 system-ui,'Noto Sans CJK SC','Noto Sans CJK TC',sans-serif;display:flex;align-items:center;gap:18px;padding:0 28px">
      <div style="background:#fff;border-radius:24px;flex:none;display:flex">${icon}</div>
      <div><div style="font-size:26px;font-weight:700;line-height:1.15;white-space:nowrap">${name}</div>
      <div style="margin-top:10px;font-size:17px;font-weight:500;opacity:.95;word-break:keep-all;line-break:strict">${tagline}</div></div>
    </div>`,
  );
}

async function main() {
  for (const { lang, dir, name, tagline } of LANGS) {
    const out = join(OUT, dir);
    mkdirSync(out, { recursive: true });
    const s = await launch({ lang });
    try {
      const ext = await s.context.newPage();
      await ext.goto(s.extensionUrl('library.html'));
      // The pack follows the language chosen in settings, else the browser's; headless Chromium tells
      // the background 'en-US' whatever --lang says, so the listing's language is chosen here.
      await ext.getByTestId('open-settings').click();
      await Promise.all([ext.waitForEvent('load'), ext.getByTestId('language').selectOption(dir)]);
      await popupOverOrder(s, ext, join(out, '1-popup-on-order.png'));
      await listPicker(s, join(out, '2-order-picker-on-list.png'));
      await library(s, join(out, '3-library.png'));
      await report(s, ext, join(out, '4-report.png'));
      await promoTile(s, join(out, 'promo-440x280.png'), name, tagline);
      console.log(`${out}: 4 screenshots (1280 × 800) and the promo tile (440 × 280)`);
    } finally {
      await s.close();
    }
  }
}

await main();
