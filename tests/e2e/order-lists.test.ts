import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { launch, type Session } from '../support/e2e/chromium';
import { inPageText, pressInPage } from '../support/e2e/in-page';
import { openTaobaoList, TAOBAO_LIST } from '../support/e2e/taobao-list';
import { axeSerious } from '../support/e2e/axe';
import { photograph } from '../support/e2e/photo';
import { readStore } from '../support/e2e/store';
import { backgroundReply } from '../support/e2e/ask';

/**
 * Order lists as a first-time shopper meets them (UX review D4, issue 13): the in-page button of a list
 * asks which order instead of saving the first; the popup's picker shows each of the Taobao list's 50
 * orders by item, date and amount within the popup; and the pack's report.html and verify.html pass
 * axe-core in both themes.
 */
const POPUP = { width: 400, height: 600 };
const SECOND_ORDER = 'DS-20261019-0417';

let s: Session;
let ext: Page;

beforeAll(async () => {
  s = await launch();
  ext = await s.context.newPage();
  await ext.goto(s.extensionUrl('library.html'));
});
afterAll(async () => {
  await s?.close();
});

/** axe-core's serious and critical violations, with the page in its light and its dark colour scheme. */
async function axeProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    problems.push(...(await axeSerious(page, colorScheme)));
  }
  await page.emulateMedia({ colorScheme: null });
  return problems;
}

describe('the in-page button on an order list', () => {
  it('asks which order, showing each by item, date and amount, and saves the one chosen', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}/orders/`);
    await pressInPage(page, 'save-button');
    await expect.poll(() => inPageText(page, 'order-menu', '.list'), { timeout: 20_000 }).toContain(SECOND_ORDER);
    const second = await inPageText(page, 'order-menu', `button[data-order-id="${SECOND_ORDER}"]`);
    expect(second).toMatch(/Linen table runner/);
    expect(second).toMatch(/2026/);
    expect(second).toMatch(/¥\s?\d/);
    await photograph(page, 'en-in-page-order-menu');
    // Nothing is saved until the user has chosen.
    expect((await readStore(ext)).cases).toHaveLength(0);

    await pressInPage(page, 'order-menu', `button[data-order-id="${SECOND_ORDER}"]`);
    await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 30_000 }).toContain(SECOND_ORDER);
    const store = await readStore(ext);
    expect(store.cases.map((c) => c.orderRef)).toEqual([SECOND_ORDER]);
    // The picker is gone before the screenshot: OrderProof's own UI is never in the evidence.
    expect(await page.locator('[data-orderproof="order-menu"]').count()).toBe(0);
    await page.close();
  });

  it('saves nothing when the user closes the picker', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}/orders/`);
    const before = (await readStore(ext)).evidence.length;
    await pressInPage(page, 'save-button');
    await pressInPage(page, 'order-menu', 'button.close');
    await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 10_000 }).not.toBe('');
    expect(await inPageText(page, 'save-button', '.status')).not.toContain(DEMO_ORDER_ID);
    expect((await readStore(ext)).evidence.length).toBe(before);
    await page.close();
  });
});

describe.runIf(TAOBAO_LIST !== undefined)('the Taobao list of 50 orders (a real saved page)', () => {
  it("the popup's picker shows each order's item, date and amount within the popup", async () => {
    const page = await openTaobaoList(s.context);
    const popup = await s.openPopup(await s.tabIdOf(page));
    await popup.setViewportSize(POPUP);
    const rows = popup.getByTestId('order-picker').locator('li');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(50);
    await photograph(popup, 'en-popup-taobao-list');
    const texts = await rows.allTextContents();
    for (const text of texts) {
      expect(text).toMatch(/\d{4}|[A-Z][a-z]{2} \d{1,2}/); // a date
      expect(text).toMatch(/¥\s?\d|CN¥\s?\d/); // an amount
    }
    // Every order shows its item, top-ups (话费充值, which link to a buy page, not an item page) included;
    // one the adapter could not read would say so in words, and fail here.
    for (const text of texts) {
      expect(text).not.toMatch(/^item not read from the page/);
      expect(text.split(' · ')[0]!.length, text).toBeGreaterThan(4);
    }
    // The list scrolls inside the popup; the popup itself stays within Chrome's 600 px.
    const list = await popup.locator('.order-options').boundingBox();
    expect(list!.y + list!.height).toBeLessThanOrEqual(POPUP.height);
    await popup.close();
    await page.close();
  });
});

describe('the pack a reviewer opens', () => {
  it('report.html and verify.html have no serious or critical accessibility problem, light or dark', async () => {
    const send = (m: object) => backgroundReply(ext, m);
    // Its own case, saved here, so this test does not depend on the others.
    const order = await s.context.newPage();
    await order.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    const saved = (await send({ type: 'bg.capture.save', tabId: await s.tabIdOf(order), source: 'popup' })) as {
      ok: boolean;
      data?: { caseId: string };
    };
    expect(saved.ok).toBe(true);
    await order.close();
    const reply = (await send({ type: 'bg.export.case', caseId: saved.data!.caseId })) as {
      ok: boolean;
      data?: { filename: string };
    };
    expect(reply.ok).toBe(true);
    const folder = join(s.downloads, 'OrderProof');
    const zipName = reply.data!.filename.split('/').pop()!;
    await expect
      .poll(() => existsSync(folder) && readdirSync(folder).includes(zipName), { timeout: 30_000 })
      .toBe(true);
    const unpacked = join(s.downloads, 'unpacked');
    for (const [path, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(join(folder, zipName)))))) {
      mkdirSync(dirname(join(unpacked, path)), { recursive: true });
      writeFileSync(join(unpacked, path), data);
    }
    const page = await s.context.newPage();
    for (const file of ['report.html', 'verify.html']) {
      await page.goto(`file://${join(unpacked, file)}`);
      await photograph(page, `en-pack-${file.replace('.html', '')}`, true);
      expect(await axeProblems(page), file).toEqual([]);
    }
    await page.close();
  }, 180_000);
});

describe.each([
  { lang: 'zh-CN', tag: 'zhCN', heading: '这份证据是哪个订单的？' },
  { lang: 'zh-TW', tag: 'zhTW', heading: '這份證據是哪一筆訂單的？' },
])('the in-page order picker in $lang', ({ lang, tag, heading }) => {
  let zh: Session;
  beforeAll(async () => {
    zh = await launch({ lang });
  });
  afterAll(async () => {
    await zh?.close();
  });

  it('speaks the browser language, with full-width punctuation', async () => {
    const page = await zh.context.newPage();
    await page.goto(`${zh.shop.origin}/orders/`);
    await pressInPage(page, 'save-button');
    await expect.poll(() => inPageText(page, 'order-menu', '.head strong'), { timeout: 20_000 }).toBe(heading);
    const foot = await inPageText(page, 'order-menu', '.foot');
    expect(foot).toMatch(/^本頁|^本页/);
    expect(foot).not.toMatch(/[,.:;]/);
    await photograph(page, `${tag}-in-page-order-menu`);
    await pressInPage(page, 'order-menu', 'button.close');
    await page.close();
  });
});
