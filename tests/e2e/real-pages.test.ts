import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/e2e/chromium';
import { inPageText, pressInPage } from '../support/e2e/in-page';
import { readStore } from '../support/e2e/store';

/**
 * A real saved Amazon order-details page (../shared/fixtures/real, never copied into the repository)
 * served under its real address, so the extension sees exactly what it would on amazon.com.
 * amazon.com is HSTS-preloaded: Chromium upgrades it to https, which the plain-http demo server cannot
 * answer, so a Playwright route hands Chromium the file for that https address instead.
 */
const REAL = resolve('../shared/fixtures/real/amazon-com-2020-2025');
const present = existsSync(REAL);
const ORDER_ID = '112-9685975-5907428';
const PATH = '/gp/your-account/order-details';

it('uses the shared real pages when present', () => {
  if (!present) console.warn(`real-page e2e skipped: ${REAL} is absent (a fresh clone has no shared fixtures)`);
  expect(typeof present).toBe('boolean');
});

describe.runIf(present)('a real Amazon order-details page in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the in-page button, and a click saves the order with its id and total', async () => {
    const page = await s.context.newPage();
    const html = readFileSync(resolve(REAL, `order-details-${ORDER_ID}.html`));
    // Only this one address answers; the saved page's references to amazon's image and script hosts do not.
    await page.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === 'www.amazon.com' && u.pathname === PATH)
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return route.abort();
    });
    await page.goto(`https://www.amazon.com${PATH}?orderID=${ORDER_ID}`);
    await expect
      .poll(() => inPageText(page, 'save-button', 'button'), { timeout: 20_000 })
      .toBe('保存证据 / Save evidence');
    await pressInPage(page, 'save-button');
    await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 30_000 }).toContain(ORDER_ID);

    const ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('library.html'));
    const store = await readStore(ext);
    expect(store.cases).toHaveLength(1);
    expect(store.cases[0]).toMatchObject({ platform: 'amazon', orderRef: ORDER_ID });
    const order = store.evidence.find((e) => e.kind === 'order-data')?.order;
    expect(order?.orderId).toBe(ORDER_ID);
    expect(order?.amounts.total).toEqual({ amount: 46.61, currency: 'USD' });
    expect(store.evidence.map((e) => e.kind).sort()).toEqual(['order-data', 'page-snapshot', 'screenshot']);
    await ext.close();
    await page.close();
  });
});
