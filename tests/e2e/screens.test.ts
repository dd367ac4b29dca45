import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { launch, type Session } from '../support/e2e/chromium';
import { axeSerious } from '../support/e2e/axe';
import { photograph } from '../support/e2e/photo';

/**
 * Every screen a first-time shopper meets, in the three languages, photographed (when E2E_SHOTS is set,
 * tests/support/e2e/photo.ts) to be looked at, and checked for what the review found: readable type,
 * no internal ids or API names, a popup that fits Chrome's 800 × 600 px, real Traditional Chinese.
 */
const POPUP = { width: 400, height: 600 };
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Characters OpenCC's Taiwan table would also change but that Taiwan writes this way as well.
const TW_VARIANTS = new Set(['台', '布']);

/** Characters of `text` that are Simplified forms (those a Simplified→Traditional conversion changes). */
function simplifiedIn(text: string): string[] {
  const converted = [...toTraditional(text)];
  return [...text].filter((ch, i) => converted[i] !== ch && !TW_VARIANTS.has(ch));
}

const LANGS = [
  { lang: 'en-US', tag: 'en' },
  { lang: 'zh-CN', tag: 'zhCN' },
  { lang: 'zh-TW', tag: 'zhTW' },
] as const;

const shot = photograph;

/** axe-core's serious and critical violations on the page, in the light and the dark theme. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const theme of ['light', 'dark']) {
    await page.evaluate((th) => (document.documentElement.dataset.theme = th), theme);
    problems.push(...(await axeSerious(page, theme)));
  }
  await page.evaluate(() => delete document.documentElement.dataset.theme);
  return problems;
}

const bodyFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

describe.each(LANGS)('screens in $lang', ({ lang, tag }) => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ lang, keepWelcome: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens the first-run page on install: what it does, the permission warning, where data stays', async () => {
    const welcomeUrl = s.extensionUrl('welcome.html');
    await expect.poll(() => s.context.pages().some((p) => p.url() === welcomeUrl), { timeout: 30_000 }).toBe(true);
    const welcome = s.context.pages().find((p) => p.url() === welcomeUrl)!;
    await welcome.getByTestId('welcome-permission').waitFor();
    expect(await welcome.getByTestId('welcome-data').textContent()).toBeTruthy();
    expect(await bodyFontPx(welcome)).toBe(14);
    await shot(welcome, `${tag}-welcome`, true);
    expect(await accessibilityProblems(welcome)).toEqual([]);
    if (tag === 'zhTW') expect(simplifiedIn((await welcome.textContent('body')) ?? '')).toEqual([]);
    await welcome.close();
  });

  it('the popup on an order page: 14 px text, display names, everything needed within 600 px', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    const popup = await s.openPopup(await s.tabIdOf(page));
    await popup.setViewportSize(POPUP);
    await popup.getByTestId('popup-save').waitFor();
    await shot(popup, `${tag}-popup-order-before-save`);
    expect(await bodyFontPx(popup)).toBe(14);
    expect(await popup.evaluate(() => parseFloat(getComputedStyle(document.querySelector('select')!).fontSize))).toBe(
      14,
    );
    const where = (await popup.getByTestId('page-where').textContent()) ?? '';
    expect(where).not.toContain('demo-shop');
    expect(where).not.toMatch(/[\u4e00-\u9fff]: /);
    // No "save whole chat" on a page that has no chat.
    expect(await popup.getByTestId('popup-save-chat').count()).toBe(0);
    const save = await popup.getByTestId('popup-save').boundingBox();
    expect(save!.y + save!.height).toBeLessThanOrEqual(POPUP.height);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(POPUP.width);

    await page.bringToFront();
    await popup.getByTestId('popup-save').click();
    await expect.poll(() => popup.getByTestId('save-result').count(), { timeout: 30_000 }).toBe(1);
    await popup.reload();
    await popup.getByTestId('popup-case').waitFor();
    // The guide's section is drawn before the case's evidence has loaded; its controls come after it.
    await popup.getByTestId('scenario').waitFor();
    await shot(popup, `${tag}-popup-order-after-save`);
    expect(await accessibilityProblems(popup)).toEqual([]);
    // The case of this page, and its guide, come before the capture tools.
    const guide = await popup.getByTestId('guidance').boundingBox();
    const tools = await popup.getByTestId('popup-save').boundingBox();
    expect(guide!.y).toBeLessThan(tools!.y);
    expect(guide!.y).toBeLessThan(POPUP.height / 2);
    const row = (await popup.getByTestId('case-row').first().textContent()) ?? '';
    expect(row).not.toContain('demo-shop');
    // Only OrderProof's own words: the item and page titles are the shop's, in its own script.
    if (tag === 'zhTW')
      expect(
        simplifiedIn(
          `${await popup.getByTestId('page-where').textContent()}${await popup.getByTestId('popup-more').textContent()}`,
        ),
      ).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the popup on an order list: each order by its item, date and amount, in a list that scrolls in place', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}/orders/`);
    const popup = await s.openPopup(await s.tabIdOf(page));
    await popup.setViewportSize(POPUP);
    const options = popup.getByTestId('order-picker').locator('li');
    await expect.poll(() => options.count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await shot(popup, `${tag}-popup-order-list`);
    const first = (await options.first().textContent()) ?? '';
    // More than the bare order number: an item title and an amount.
    expect(first).toContain(DEMO_ORDER_ID);
    expect(first.replace(DEMO_ORDER_ID, '')).toMatch(/\p{L}{3,}/u);
    expect(first).toMatch(/[¥$]\s?\d/);
    const list = await popup.locator('.order-options').boundingBox();
    expect(list!.height).toBeLessThanOrEqual(240);
    await popup.close();
    await page.close();
  });

  it('the library: recognisable cases, dates with their zone, no API names or raw log actions', async () => {
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('library-case').first().click();
    await lib.getByTestId('evidence-card').first().waitFor();
    expect(await bodyFontPx(lib)).toBe(14);
    const listText = (await lib.getByTestId('library-cases').textContent()) ?? '';
    expect(listText).not.toContain('demo-shop');
    const gallery = (await lib.getByTestId('gallery').textContent()) ?? '';
    expect(gallery).not.toMatch(/captureVisibleTab|pageCapture|adapter:|\d{4}-\d\d-\d\dT\d\d:\d\d/);
    const log = (await lib.getByTestId('audit-timeline').textContent()) ?? '';
    expect(log).not.toMatch(/\b(attach|create)\b/);
    // A time a person reads says which zone it is in.
    expect(gallery).toMatch(/GMT|UTC|[A-Z]{2,4}T\b/);
    await shot(lib, `${tag}-library`, true);
    expect(await accessibilityProblems(lib)).toEqual([]);
    if (tag === 'zhTW')
      expect(
        simplifiedIn((await lib.getByTestId('audit-timeline').locator('strong').allTextContents()).join('')),
      ).toEqual([]);
    await lib.close();
  });
});
