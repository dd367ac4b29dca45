import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../../demo-shop/server';
import type { Session } from './chromium';
import { inPageText, pressInPage } from './in-page';

/**
 * What a user does to save an order: opens its page, presses the in-page button, and waits until the
 * button's status names the order. Returns the page, still open and in front.
 */
export async function saveOnPage(session: Session, path = DEMO_ORDER_PATH, orderId = DEMO_ORDER_ID): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.shop.origin}${path}`);
  await pressInPage(page, 'save-button', 'button', 20_000);
  await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 30_000 }).toContain(orderId);
  return page;
}
