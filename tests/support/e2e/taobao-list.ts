import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** The real saved Taobao list of 50 orders: ../shared from the main checkout, ../../shared from a worktree. */
export const TAOBAO_LIST = ['..', '../..']
  .map((up) => resolve(up, 'shared/fixtures/real/taobao/bought-items-list.html'))
  .find((p) => existsSync(p));
export const TAOBAO_LIST_URL = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

/** Opens the saved list under its real address (GBK, as Taobao serves it); every other request is refused. */
export async function openTaobaoList(context: BrowserContext): Promise<Page> {
  if (!TAOBAO_LIST) throw new Error('the shared real pages are not beside this checkout');
  const page = await context.newPage();
  const html = readFileSync(TAOBAO_LIST);
  await page.route('**/*', (route) =>
    route.request().url() === TAOBAO_LIST_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=gbk', body: html })
      : route.abort(),
  );
  await page.goto(TAOBAO_LIST_URL, { waitUntil: 'domcontentloaded', timeout: 90_000 });
  return page;
}
