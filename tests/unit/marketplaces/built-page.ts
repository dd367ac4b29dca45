import { expect } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/** Reads a built page at `url` as the extension does; every order it yields must pass the schema. */
export function read(url: string, body: string, lang = 'en') {
  const html = `<!doctype html><html lang="${lang}"><head><title>Order</title></head><body>${body}</body></html>`;
  const r = extractPage(new URL(url), docFromHtml(html, url));
  for (const o of r.orders) expect(orderSchema.safeParse(o).success).toBe(true);
  return r;
}

export const money = (amount: number, currency: string) => ({ amount, currency });
