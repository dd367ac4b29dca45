import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { launchFirefox, pressInPage, until, type FirefoxSession } from './harness';
import { readStore } from './store';

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

describe('the demo order in Firefox', () => {
  it('saves the order from the in-page button', async () => {
    const page = await s.openShopPage(DEMO_ORDER_PATH);
    await pressInPage(page, 'orderproof-save');
    const ext = await s.openExtensionPage('popup.html');
    const store = await until(() => readStore(ext), (st) => st.evidence.length >= 3, 30_000, 'the saved evidence');
    console.log(JSON.stringify(store, null, 1).slice(0, 3000));
    expect(store.cases[0]).toMatchObject({ orderRef: DEMO_ORDER_ID });
  });
});
