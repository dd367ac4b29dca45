import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/extract';
import { ownDir, realDir, repoRoot } from '../../support/fixtures';

interface CliOut {
  charset: string;
  marketplace: string;
  kind: string;
  orders: {
    orderId?: string;
    placedAt?: string;
    amounts: { total?: { amount: number; currency: string } };
    items: unknown[];
  }[];
}

/** The command itself, in its own process, as `npm run extract` starts it (node_modules/.bin/tsx; not npx, a second more). */
function runCommand(file: string, url: string): CliOut {
  const out = execFileSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/extract.ts', file, '--url', url],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return JSON.parse(out) as CliOut;
}

/** The command's own `main`, in this process: the same output without starting tsx again per page. */
function run(file: string, url: string): CliOut {
  const out: string[] = [];
  expect(main([file, '--url', url], (text) => out.push(text))).toBe(0);
  return JSON.parse(out.join('\n')) as CliOut;
}

describe('extract CLI', () => {
  it('reads one of our own fixture pages, run as a command', () => {
    const r = runCommand(
      path.join(ownDir, 'jd', 'detail.html'),
      'https://details.jd.com/normal/item.action?orderid=301234567890',
    );
    expect(r).toMatchObject({ charset: 'utf-8', marketplace: 'jd', kind: 'order-detail' });
    expect(r.orders[0]?.orderId).toBe('301234567890');
  }, 60_000);

  it('decodes the GBK Taobao page and lists its 50 orders', () => {
    const r = run(
      path.join(realDir, 'taobao', 'bought-items-list.html'),
      'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
    );
    expect(r.charset).toBe('gbk');
    expect(r).toMatchObject({ marketplace: 'taobao', kind: 'order-list' });
    expect(r.orders).toHaveLength(50);
    expect(r.orders[0]).toMatchObject({
      orderId: '4371408684767739241',
      placedAt: '2025-06-04',
      amounts: { total: { amount: 3200, currency: 'CNY' } },
    });
  }, 60_000);

  it('reads an Amazon order-details page', () => {
    const r = run(
      path.join(realDir, 'amazon-com-2020-2025', 'order-details-112-9685975-5907428.html'),
      'https://www.amazon.com/gp/your-account/order-details?orderID=112-9685975-5907428',
    );
    expect(r).toMatchObject({ marketplace: 'amazon', kind: 'order-detail' });
    expect(r.orders[0]).toMatchObject({
      orderId: '112-9685975-5907428',
      placedAt: '2023-12-07',
      amounts: { total: { amount: 46.61, currency: 'USD' } },
    });
    expect(r.orders[0]?.items).toHaveLength(2);
  }, 60_000);
});
