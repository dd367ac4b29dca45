import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/e2e/chromium';
import { idb } from '../support/e2e/idb';
import { photograph } from '../support/e2e/photo';

/**
 * The guide as a first-time shopper meets it, for the seed users' cases, in the three languages:
 * what each case is shown (its deadlines in its rule's zone, its routes, nothing of another market),
 * photographed (when E2E_SHOTS is set, tests/support/e2e/photo.ts) to be looked at.
 */
const LANGS = [
  { setting: 'en', tag: 'en' },
  { setting: 'zh_CN', tag: 'zhCN' },
  { setting: 'zh_TW', tag: 'zhTW' },
] as const;
type Lang = (typeof LANGS)[number]['setting'];

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The seed users' cases, stored as the extension stores them. */
const CASES = [
  {
    id: 'guide-screen-taobao',
    platform: 'taobao',
    role: 'buyer',
    title: 'Taobao: bluetooth speaker',
    market: 'CN',
    facts: { 'no-reason-eligible': 'eligible' },
    dates: { ordered: isoDaysAgo(6), delivered: isoDaysAgo(2) },
    guidance: { rulesId: 'taobao.buyer.change-of-mind', stepsDone: {} },
  },
  {
    id: 'guide-screen-amazon',
    platform: 'amazon',
    role: 'buyer',
    title: 'Amazon.com: headphones',
    market: 'US',
    facts: {},
    dates: { ordered: isoDaysAgo(20), estimatedDelivery: isoDaysAgo(10) },
    guidance: { rulesId: 'amazon.buyer.not-received', stepsDone: {} },
  },
  {
    id: 'guide-screen-scam',
    platform: 'other',
    role: 'buyer',
    title: 'cheap-brand-outlet.example: trainers',
    facts: { 'paid-with': 'unionpay', home: 'cn', 'seller-abroad': 'yes' },
    dates: { ordered: isoDaysAgo(30) },
  },
  {
    id: 'guide-screen-douyin',
    platform: 'douyin',
    role: 'seller',
    title: '抖店：恶意退款',
    market: 'CN',
    facts: {},
    dates: { requestOpened: isoDaysAgo(1) },
    guidance: { rulesId: 'douyin.seller.malicious-refund', stepsDone: {} },
  },
  {
    id: 'guide-screen-amazon-seller',
    platform: 'amazon',
    role: 'seller',
    title: 'Amazon.com: chargeback on order 114-0000000-0000001',
    market: 'US',
    facts: {},
    dates: { requestOpened: isoDaysAgo(1) },
    guidance: { rulesId: 'amazon.seller.chargeback', stepsDone: {} },
  },
  {
    id: 'guide-screen-alibaba-seller',
    platform: 'alibaba',
    role: 'seller',
    title: 'Alibaba.com: buyer complaint',
    facts: {},
    dates: {},
    guidance: { rulesId: 'alibaba.seller.complaint-against-buyer', stepsDone: {} },
  },
  {
    id: 'guide-screen-temu-return',
    platform: 'temu',
    role: 'buyer',
    title: 'Temu: cross-border return',
    market: 'US',
    facts: {},
    dates: { ordered: isoDaysAgo(10) },
    guidance: { rulesId: 'temu.buyer.change-of-mind', stepsDone: {} },
  },
] as const;

let s: Session;
let page: Page;

async function setLanguage(lang: Lang): Promise<void> {
  await idb(
    page,
    async (db, language, { req, done }) => {
      const tx = db.transaction('settings', 'readwrite');
      const store = tx.objectStore('settings');
      const row = (await req(store.get('app'))) as { value?: object } | undefined;
      store.put({ key: 'app', value: { ...(row?.value ?? {}), language } });
      await done(tx);
    },
    lang,
  );
}

/** Opens the popup in `lang` with the guide of one case, as its "Guide" button does. */
async function openGuide(caseId: string, lang: Lang): Promise<Page> {
  await setLanguage(lang);
  // The popup lists the few most recent cases: make this one the latest, as opening it would.
  await idb(
    page,
    async (db, id, { req, done }) => {
      const tx = db.transaction('cases', 'readwrite');
      const store = tx.objectStore('cases');
      const row = (await req(store.get(id))) as object;
      store.put({ ...row, updatedAt: Date.now() });
      await done(tx);
    },
    caseId,
  );
  await page.goto(s.extensionUrl('popup.html'));
  await page.locator(`[data-case-id="${caseId}"] [data-testid="guide-case"]`).click();
  await page.getByTestId('popup-case').waitFor();
  return page;
}

const shot = (name: string) => photograph(page, name, true);

const text = (testId: string) => page.getByTestId(testId).first().innerText();

beforeAll(async () => {
  s = await launch({ lang: 'en-US' });
  page = await s.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  // The popup's first start creates the database the cases go into.
  await page.goto(s.extensionUrl('popup.html'));
  await page.locator('footer').waitFor();
  const now = Date.now();
  await idb(
    page,
    async (db, rows, { done }) => {
      const tx = db.transaction('cases', 'readwrite');
      for (const row of rows) tx.objectStore('cases').put(row);
      await done(tx);
    },
    CASES.map((c, i) => ({ ...c, status: 'open', tags: [], createdAt: now - i * 1000, updatedAt: now - i * 1000 })),
  );
}, 120_000);

afterAll(async () => {
  await s?.close();
});

describe('the guide for the seed users, in three languages', () => {
  for (const { setting, tag } of LANGS) {
    it(`${tag}: a Taobao buyer sees China's 7-day no-reason return counted in China's time, and no other market's rule`, async () => {
      await openGuide('guide-screen-taobao', setting);
      const lines = await page.getByTestId('deadline').allInnerTexts();
      const due = lines.find((l) => l.includes('Asia/Shanghai'));
      expect(due, lines.join('\n')).toBeDefined();
      expect(due).toContain(isoDaysAgo(-5));
      const all = await page.getByTestId('popup-case').innerText();
      expect(all).not.toMatch(/A-to-z|Amazon|亚马逊|亞馬遜|Malaysia|马来西亚|馬來西亞|Philippines|菲律宾|菲律賓/);
      expect(await text('guide-routes')).toMatch(/12315/);
      await shot(`guide-taobao-buyer-${tag}`);
    });

    it(`${tag}: an Amazon US buyer sees the A-to-z limits and no other market's`, async () => {
      await openGuide('guide-screen-amazon', setting);
      const lines = await page.getByTestId('deadline').allInnerTexts();
      expect(lines.join('\n')).toMatch(/90/);
      expect(await page.locator('[data-testid="deadline"][data-applies="needs-market"]').count()).toBe(0);
      const all = await page.getByTestId('popup-case').innerText();
      expect(all).not.toMatch(/Germany|德国|德國|12315|淘宝|淘寶/);
      // The US keeps several clocks and Amazon names none: the user's own zone, never a guessed one.
      expect(lines.join('\n')).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} \([A-Za-z_]+(\/[A-Za-z_]+)*\)/);
      expect(lines.join('\n')).not.toContain('Asia/Shanghai');
      await shot(`guide-amazon-us-buyer-${tag}`);
    });

    it(`${tag}: a buyer cheated by an unknown site is offered the payment, police and consumer routes`, async () => {
      await openGuide('guide-screen-scam', setting);
      const routes = page.getByTestId('guide-routes');
      await routes.waitFor();
      for (const id of ['unionpay.buyer.general', 'cn-police.buyer.general', 'econsumer-gov.buyer.general'])
        expect(await routes.getByTestId(`route-${id}`).count(), id).toBe(1);
      expect(await routes.getByTestId('route-paypal.buyer.general').count()).toBe(0);
      expect(await routes.getByTestId('route-us-fcba.buyer.general').count()).toBe(0);
      await shot(`guide-unknown-site-buyer-${tag}`);
    });

    it(`${tag}: a 抖店 seller facing a malicious refund gets no invented deadline, the countdown warning and the police route`, async () => {
      await openGuide('guide-screen-douyin', setting);
      const lines = await page.getByTestId('deadline').allInnerTexts();
      expect(lines.length).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="deadline"][data-passed="true"]').count()).toBe(0);
      expect(await page.getByTestId('next-deadline').count()).toBe(0);
      const all = await page.getByTestId('popup-case').innerText();
      expect(all).toMatch(/倒计时|倒計時|countdown/);
      expect(all).toMatch(/110|96110/);
      await shot(`guide-douyin-seller-${tag}`);
    });

    it(`${tag}: an Amazon US seller facing a chargeback sees 7 days from Amazon's email, with its Seller Central source`, async () => {
      await openGuide('guide-screen-amazon-seller', setting);
      const line = page.getByTestId('deadline').first();
      expect(await line.innerText()).toContain(`${isoDaysAgo(-6)} 23:59`);
      expect(await line.locator('a[href*="sellercentral.amazon.com"]').count()).toBe(1);
      expect(await page.getByTestId('route-card-chargeback.seller.chargeback').count()).toBe(1);
      await shot(`guide-amazon-seller-chargeback-${tag}`);
    });

    it(`${tag}: an Alibaba.com seller complaining about a buyer gets the Complaint Center and no invented limit`, async () => {
      await openGuide('guide-screen-alibaba-seller', setting);
      expect(await page.getByTestId('next-deadline').count()).toBe(0);
      expect(await page.locator('[data-testid="deadline"] a[href*="alibaba.com"]').count()).toBeGreaterThan(0);
      // A card network's representment is for a chargeback, not for a seller's complaint.
      expect(await page.getByTestId('route-card-chargeback.seller.chargeback').count()).toBe(0);
      // The seed's "15 days / 1–3 working days" is not in any source: no due date at all.
      const lines = await page.getByTestId('deadline').allInnerTexts();
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      await shot(`guide-alibaba-seller-complaint-${tag}`);
    });

    it(`${tag}: a cross-border return on Temu shows 90 days from purchase`, async () => {
      await openGuide('guide-screen-temu-return', setting);
      expect(await text('next-deadline')).toContain(`${isoDaysAgo(-80)} 23:59`);
      await shot(`guide-temu-return-${tag}`);
    });
  }
});
