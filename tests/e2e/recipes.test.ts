import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/e2e/chromium';
import { idb } from '../support/e2e/idb';
import { readStore } from '../support/e2e/store';
import { backgroundReply } from '../support/e2e/ask';

/**
 * Teach by pointing in Chromium: on the demo shop's order page, changed so that the demo adapter no longer
 * finds the delivery date (its class is gone, as after a marketplace redesign), the user points at it; it is kept as a correction and as a recipe, and the next order
 * page of the shop has the field filled and marked learned. Each test uses its own order pages.
 */
type Reply = { ok: true; data: { caseId: string } } | { ok: false; error: string };
const DEMO_PAGE = readFileSync(resolve('tests/demo-shop/site/orders/DS-20261104-0001.html'), 'utf8');
const POINTER = '[data-orderproof="pointer"]';

let s: Session;
let ext: Page;

/** A demo order page of its own (other id and delivery day), served at its own address. */
async function orderPage(id: string, delivered: string): Promise<Page> {
  const html = DEMO_PAGE.replaceAll('DS-20261104-0001', id)
    .replace('datetime="2026-11-08">2026年11月8日 Nov 8, 2026', `datetime="${delivered}">${delivered}`)
    .replace('<link rel="stylesheet" href="/style.css">', '')
    .replace('<p class="shipment-delivered">', '<p>');
  const page = await s.context.newPage();
  await page.route(`**/orders/${id}.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(`${s.shop.origin}/orders/${id}.html`);
  return page;
}

function request(message: object): Promise<Reply> {
  return backgroundReply<Reply>(ext, message);
}

async function save(page: Page): Promise<string> {
  const reply = await request({ type: 'bg.capture.save', source: 'popup', tabId: await s.tabIdOf(page) });
  if (!reply.ok) throw new Error(reply.error);
  return reply.data.caseId;
}

interface OrderItem {
  corrections?: { field: string; value: unknown }[];
  order: { shipments: { deliveredAt?: string }[]; provenance: Record<string, string> };
}
/** The case's order item as stored (raw record). */
async function orderItem(caseId: string): Promise<OrderItem | undefined> {
  const found = (await readStore(ext)).evidence.find((e) => e.caseId === caseId && e.order);
  return found as unknown as OrderItem | undefined;
}

const recipes = () =>
  idb(ext, async (_db, _arg, { all }) => all('recipes')) as Promise<{ site: string; field: string }[]>;

/** Opens the popup for the page's tab and presses "point at it on the page" for the delivery date. */
async function pointFromPopup(page: Page): Promise<void> {
  const popup = await s.openPopup(await s.tabIdOf(page));
  await popup.locator('.order-facts-popup summary').click({ timeout: 20_000 });
  await popup.getByTestId('fact-point-deliveredAt').click();
  await page.bringToFront();
  await page.locator(POINTER).waitFor({ state: 'attached', timeout: 15_000 });
}

describe('teach by pointing', () => {
  beforeAll(async () => {
    s = await launch();
    ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('library.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps the pointed value as a correction and a recipe; the next order page is filled and marked learned, until the recipe is removed', async () => {
    const first = await orderPage('DS-20261201-0001', '2026-12-05');
    const caseId = await save(first);
    await pointFromPopup(first);
    const box = (await first.locator('time[datetime="2026-12-05"]').boundingBox())!;
    await first.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await first.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => first.locator(POINTER).count(), { timeout: 10_000 }).toBe(0);

    await expect
      .poll(async () => (await orderItem(caseId))?.corrections, {
        timeout: 15_000,
      })
      .toEqual([expect.objectContaining({ field: 'deliveredAt', value: '2026-12-05' })]);
    const kept = await recipes();
    expect(kept).toEqual([
      expect.objectContaining({
        site: 'demo-shop.orderproof.test',
        kind: 'order-detail',
        field: 'deliveredAt',
        anchor: { labels: ['签收时间 Delivered'], relation: 'same-line' },
        source: 'learned',
      }),
    ]);

    // The next order page of the shop: filled from the recipe, and the popup says so.
    const second = await orderPage('DS-20261202-0002', '2026-12-09');
    const popup = await s.openPopup(await s.tabIdOf(second));
    await expect
      .poll(() => popup.getByTestId('learned-fields').textContent(), { timeout: 20_000 })
      .toMatch(/Delivered|签收|簽收/);
    expect(await popup.getByTestId('learned-page-changed').count()).toBe(1);
    const secondCase = await save(second);
    const order = (await orderItem(secondCase))!.order;
    expect(order.shipments[0]?.deliveredAt).toBe('2026-12-09');
    expect(order.provenance['shipments.0.deliveredAt']).toMatch(/^learned:/);
    const after = await s.openPopup(await s.tabIdOf(second));
    await after.locator('.order-facts-popup summary').click({ timeout: 20_000 });
    await expect.poll(() => after.getByTestId('fact-learned-deliveredAt').count(), { timeout: 10_000 }).toBe(1);

    // Removed in the library's settings, the recipe no longer fills the next page: the date is unknown again.
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('open-settings').click();
    await lib.getByTestId('recipe-deliveredAt').getByTestId('recipe-remove').click();
    await expect.poll(async () => (await recipes()).length, { timeout: 10_000 }).toBe(0);
    const third = await orderPage('DS-20261204-0004', '2026-12-12');
    const thirdOrder = (await orderItem(await save(third)))!.order;
    expect(thirdOrder.shipments[0]?.deliveredAt).toBeUndefined();
    expect(Object.values(thirdOrder.provenance).some((p) => p.startsWith('learned:'))).toBe(false);
    for (const p of [popup, after, first, second, third, lib]) await p.close();
  });

  it('a page script can neither pick nor cancel; Esc from the user cancels and keeps nothing', async () => {
    const page = await orderPage('DS-20261203-0003', '2026-12-11');
    const caseId = await save(page);
    const before = (await recipes()).length;
    await pointFromPopup(page);
    // What a page script can do: synthetic clicks and keys everywhere it can reach.
    await page.evaluate(() => {
      const host = document.querySelector('[data-orderproof="pointer"]')!;
      const target = document.querySelector('time')!;
      for (const el of [host, target, document.body]) {
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));
        el.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      (host as HTMLElement).click();
    });
    expect(await page.locator(POINTER).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('[data-orderproof="pointer"]')!.shadowRoot)).toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(POINTER).count(), { timeout: 10_000 }).toBe(0);
    expect((await orderItem(caseId))?.corrections ?? []).toEqual([]);
    expect((await recipes()).length).toBe(before);
    await page.close();
  });
});
