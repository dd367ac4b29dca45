import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idb } from '../support/e2e/idb';
import { launch, type Session } from '../support/e2e/chromium';
import { inPageText, pressInPage } from '../support/e2e/in-page';
import { readStore, type StoredEvidence } from '../support/e2e/store';

type WithListing = StoredEvidence & {
  listing?: { itemId?: string; price?: { amount: number; currency: string }; seller?: string; title?: string };
};

const LISTING_PATH = '/item/QH-MUG-350-BL.html';
let s: Session;

beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('listings and order lists, end to end in Chromium', () => {
  it('shows the in-page button on a product page and saves its facts with a screenshot and snapshot', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}${LISTING_PATH}`);
    await expect
      .poll(() => inPageText(page, 'save-button', 'button'), { timeout: 20_000 })
      .toBe('保存商品页 / Save listing');
    await pressInPage(page, 'save-button');
    await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 20_000 }).toMatch(/Saved|已保存/);

    const ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('library.html'));
    await expect.poll(async () => (await readStore(ext)).evidence.length, { timeout: 20_000 }).toBe(2);
    const store = await readStore(ext);
    const snapshot = store.evidence.find((e) => e.kind === 'page-snapshot') as WithListing | undefined;
    expect(snapshot?.listing).toMatchObject({
      itemId: 'QH-MUG-350-BL',
      price: { amount: 89, currency: 'CNY' },
      seller: '青禾家居旗舰店 Qinghe Home Flagship',
    });
    expect(snapshot?.title).toMatch(/^Listing: 陶瓷保温杯/);
    expect(snapshot?.files.map((f) => f.name)).toEqual(expect.arrayContaining(['page.mhtml', 'listing.json']));
    expect(store.evidence.map((e) => e.kind).sort()).toEqual(['page-snapshot', 'screenshot']);

    // The seller changes the price and the promise; a second capture shows what changed.
    await page.evaluate(() => {
      document.querySelector('.listing-price')!.textContent = '¥99.00';
      document.querySelector('.listing-delivery')!.textContent = 'Delivered within 10 days.';
    });
    await pressInPage(page, 'save-button');
    await expect
      .poll(async () => (await readStore(ext)).evidence.filter((e) => e.kind === 'page-snapshot').length, {
        timeout: 20_000,
      })
      .toBe(2);

    await ext.reload();
    const cases = ext.getByTestId('library-case');
    await expect.poll(() => cases.count()).toBe(2);
    const priceShown = () => ext.getByTestId('listing-fact-price').locator('td').textContent();
    const seen = new Map<string, number>();
    let last: string | null = null;
    for (let i = 0; i < 2; i++) {
      await cases.nth(i).click();
      // Wait until the other case's card is on screen before looking for its comparison.
      await expect
        .poll(async () => ((await ext.getByTestId('listing-fact-price').count()) ? await priceShown() : null))
        .not.toBe(last);
      last = await priceShown();
      // The comparison is read from the database after the card renders.
      if (last === '99.00 CNY') await expect.poll(() => ext.getByTestId('listing-diff').count()).toBe(1);
      else await ext.waitForTimeout(500);
      seen.set(last ?? '', await ext.getByTestId('listing-diff').count());
      if (last === '99.00 CNY') {
        const price = ext.getByTestId('listing-change-price');
        expect(await price.locator('del').textContent()).toBe('89.00 CNY');
        expect(await price.locator('ins').textContent()).toBe('99.00 CNY');
        expect(await ext.getByTestId('listing-change-delivery').locator('ins').textContent()).toBe(
          'Delivered within 10 days.',
        );
        expect(await ext.getByTestId('listing-change-seller').count()).toBe(0);
      }
    }
    // Only the later capture has an earlier one to compare with.
    expect(Object.fromEntries(seen)).toEqual({ '89.00 CNY': 0, '99.00 CNY': 1 });
    await ext.close();
    await page.close();
  });

  it('saves the ticked orders of an order list, each into its own case, sharing one screenshot and snapshot', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}/orders/`);
    const popup = await s.openPopup(await s.tabIdOf(page));
    const options = popup.getByTestId('order-picker-option');
    await expect.poll(() => options.count(), { timeout: 20_000 }).toBe(2);
    expect(await options.nth(0).isChecked()).toBe(true);
    expect(await options.nth(1).isChecked()).toBe(false);
    await options.nth(1).check();
    await page.bringToFront();
    await popup.getByTestId('order-picker-save').click();
    await expect.poll(() => popup.getByTestId('order-picker-result').textContent(), { timeout: 30_000 }).toContain('2');

    const store = await readStore(popup);
    const byOrder = (id: string) => store.cases.find((c) => c.orderRef === id);
    const first = byOrder('DS-20261104-0001');
    const second = byOrder('DS-20261019-0417');
    expect(first && second && first.id !== second.id).toBe(true);
    const itemsOf = (caseId: string) => store.evidence.filter((e) => e.caseId === caseId);
    // A list save also keeps the chosen order cropped (another screenshot item): the file names which is which.
    const hashes = (caseId: string, kind: string, name: string) =>
      itemsOf(caseId)
        .filter((e) => e.kind === kind)
        .flatMap((e) => e.files)
        .find((f) => f.name === name)?.sha256;
    expect(itemsOf(first!.id).find((e) => e.kind === 'order-data')?.order?.orderId).toBe('DS-20261104-0001');
    expect(itemsOf(second!.id).find((e) => e.kind === 'order-data')?.order?.orderId).toBe('DS-20261019-0417');
    const shot = hashes(first!.id, 'screenshot', 'screenshot.png');
    const mhtml = hashes(first!.id, 'page-snapshot', 'page.mhtml');
    expect(shot).toMatch(/^[0-9a-f]{64}$/);
    expect(mhtml).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes(second!.id, 'screenshot', 'screenshot.png')).toBe(shot);
    expect(hashes(second!.id, 'page-snapshot', 'page.mhtml')).toBe(mhtml);
    const blobCount = await idb(popup, async (db, _arg, { req }) => {
      const keys = await req(db.transaction('blobs').objectStore('blobs').getAllKeys());
      return keys.map(String);
    });
    expect(blobCount.filter((k) => k === shot || k === mhtml)).toHaveLength(2);
    await popup.close();
    await page.close();
  });

  it("links the order's mug to the listing saved for it, in the library", async () => {
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('library-case').filter({ hasText: 'DS-20261104-0001' }).first().click();
    const linked = lib.getByTestId('linked-listing');
    await expect.poll(() => linked.count(), { timeout: 10_000 }).toBe(1);
    expect(await linked.textContent()).toContain('陶瓷保温杯 350ml');
    await lib.close();
  });
});
