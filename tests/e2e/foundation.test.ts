import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { EXTENSION_ID, launch, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('the extension in Chromium', () => {
  it('loads with its fixed id', () => {
    expect(s.worker.url()).toContain(EXTENSION_ID);
  });

  it('shows the in-page button on the demo order page and saves a case', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    const button = page.locator('orderproof-save');
    await button.waitFor({ state: 'attached' });
    await page.locator('orderproof-save button').click();
    await expect.poll(async () => page.locator('orderproof-save .status').textContent(), { timeout: 15_000 }).toContain(DEMO_ORDER_ID);
  });
});
