import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { adapterForUrl } from '../../../utils/marketplaces/registry';
import { orderSchema } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * Hosts the marketplaces really serve their order pages on, claimed this round: SHEIN's other country
 * domains (each with the currency its bare sign means) and JD Worldwide (jd.hk). SYNTHETIC pages in the
 * order-page shape the adapters read (served-pages.test.ts names its sources); no text copied.
 */
function read(url: string, body: string, lang: string) {
  const html = `<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`;
  const r = extractPage(new URL(url), docFromHtml(html, url));
  for (const o of r.orders) expect(orderSchema.safeParse(o).success).toBe(true);
  return r;
}

const ID = 'GSUNQX53100MERH';
const sheinPage = (total: string) => `<div class="order-detail-box">
  <div>Order No.: ${ID}</div><div>Order Time: Mar 5, 2025</div>
  <table><tbody><tr><td><a class="ga-order-goods" href="/Linen-Shirt-p-31218719.html">Linen summer shirt</a></td>
  <td aria-label="Quantity">1</td></tr></tbody></table>
  <div>Order Total: ${total}</div></div>`;

describe("SHEIN's country domains", () => {
  it.each([
    ['www.shein.in', 'en-IN', '₹1,299.00', { amount: 1299, currency: 'INR' }],
    ['www.shein.com.hk', 'zh-HK', '$289.00', { amount: 289, currency: 'HKD' }],
    ['www.shein.com.hk', 'en', 'HK$289.00', { amount: 289, currency: 'HKD' }],
    ['m.shein.tw', 'zh-TW', '$1,290', { amount: 1290, currency: 'TWD' }],
    ['www.shein.com.vn', 'vi', '459.000₫', { amount: 459000, currency: 'VND' }],
    ['www.shein.se', 'sv', '299,00 kr', { amount: 299, currency: 'SEK' }],
    ['www.shein.com.co', 'es-CO', '$45.900', { amount: 45900, currency: 'COP' }],
  ])('%s (%s): "%s" is read in its currency', (host, lang, total, want) => {
    const r = read(`https://${host}/user/orders/detail/${ID}`, sheinPage(total), lang);
    expect([r.marketplace, r.kind]).toEqual(['shein', 'order-detail']);
    expect(r.orders[0]?.orderId).toBe(ID);
    expect(r.orders[0]?.amounts.total).toEqual(want);
  });

  it('a "$" on a site whose currency is no dollar (shein.in, shein.se) is not read as the local currency', () => {
    for (const host of ['www.shein.in', 'www.shein.se', 'www.shein.com.vn']) {
      const r = read(`https://${host}/user/orders/detail/${ID}`, sheinPage('$28.99'), 'en');
      const total = r.orders[0]?.amounts.total;
      expect(total === undefined || total.currency === 'USD', host).toBe(true);
    }
  });

  it('look-alike hosts are not SHEIN', () => {
    for (const url of ['https://shein.com.co.example.net/user/orders/list', 'https://notshein.tw/user/orders/list'])
      expect(adapterForUrl(new URL(url))?.id, url).not.toBe('shein');
  });
});

describe('JD Worldwide (京东国际, jd.hk)', () => {
  it('its order page home.jd.hk/order.html is a JD order detail, read by the Chinese labels, in yuan', () => {
    const r = read(
      'https://home.jd.hk/order.html?orderId=293165945693',
      `<div class="order-detail"><div>订单号：293165945693</div><div>下单时间：2024-03-05 10:12:00</div>
       <div class="p-item"><div class="p-name"><a href="//item.jd.hk/1957483655.html">进口奶粉 800g</a></div>
       <div class="p-num">x2</div><div class="p-price">¥198.00</div></div>
       <div>实付款：¥396.00</div></div>`,
      'zh-CN',
    );
    expect([r.marketplace, r.kind]).toEqual(['jd', 'order-detail']);
    const o = r.orders[0];
    expect(o?.orderId).toBe('293165945693');
    expect(o?.amounts.total).toEqual({ amount: 396, currency: 'CNY' });
    expect(o?.items[0]?.itemId).toBe('1957483655');
  });

  it('its product pages are listings; other jd.hk pages are no order page', () => {
    expect(
      adapterForUrl(new URL('https://item.jd.hk/1957483655.html'))?.detect(
        new URL('https://item.jd.hk/1957483655.html'),
        docFromHtml('<p></p>', 'https://item.jd.hk/1957483655.html'),
      ).kind,
    ).toBe('listing');
    const home = new URL('https://www.jd.hk/');
    expect(adapterForUrl(home)?.detect(home, docFromHtml('<p></p>', home.href)).kind).toBe('other');
  });
});
