import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import type { Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * The word "order" alone on its line ("Order", "注文", "订单", "訂單", "Bestellung") over a line that is only a
 * number in dash-separated groups, as eBay Seller Hub's order details print it. The heading word alone proves
 * little: under it may stand a phone number ("03-1234-5678", "138-1234-5678"), a customer number or another
 * order's number. The number is the order's only when the page's address, title or main heading names it
 * too. Pages written here.
 */
interface Page {
  lang: string;
  url: string;
  title?: string;
  lines: readonly string[];
}
const read = (p: Page): Order[] =>
  extractGeneric(
    new URL(p.url),
    docFromHtml(
      `<!doctype html><html lang="${p.lang}"><head><title>${p.title ?? ''}</title></head><body><main>${p.lines
        .map((l) => `<div>${l}</div>`)
        .join('')}</main></body></html>`,
      p.url,
    ),
  );

const notTheOrder: { name: string; page: Page; number: string }[] = [
  {
    name: 'ja: a Tokyo phone number under "注文" (an order-by-phone box)',
    page: {
      lang: 'ja-JP',
      url: 'https://shop.example.jp/mypage/order/detail',
      lines: ['注文', '03-1234-5678', '受付時間 10:00〜18:00', '合計', '¥4,980'],
    },
    number: '03-1234-5678',
  },
  {
    name: 'ja: a mobile number under "注文"',
    page: {
      lang: 'ja-JP',
      url: 'https://shop.example.jp/mypage/order/detail',
      lines: ['注文', '090-1234-5678'],
    },
    number: '090-1234-5678',
  },
  {
    name: 'zh-CN: a mobile number under "订单"',
    page: {
      lang: 'zh-CN',
      url: 'https://shop.example.cn/member/order/view',
      lines: ['订单', '138-1234-5678', '实付款：￥174.50'],
    },
    number: '138-1234-5678',
  },
  {
    name: 'zh-TW: a Taipei phone number under "訂單"',
    page: {
      lang: 'zh-TW',
      url: 'https://shop.example.tw/member/order/view',
      lines: ['訂單', '02-2345-6789'],
    },
    number: '02-2345-6789',
  },
  {
    name: 'de: a Berlin phone number under "Bestellung"',
    page: {
      lang: 'de-DE',
      url: 'https://www.shop.example.de/konto/bestellung',
      lines: ['Bestellung', '030-1234-5678', 'Gesamtsumme: 45,99 €'],
    },
    number: '030-1234-5678',
  },
  {
    name: 'ja: a phone number under "注文" that the page title prints as the shop’s phone',
    page: {
      lang: 'ja-JP',
      url: 'https://shop.example.jp/mypage/order/detail',
      title: 'サンプル商店 TEL:03-1234-5678',
      lines: ['注文', '03-1234-5678'],
    },
    number: '03-1234-5678',
  },
  {
    name: 'en: a customer number under "Order" on a page whose address names its order',
    page: {
      lang: 'en-US',
      url: 'https://shop.example.com/account/orders/98765432',
      lines: ['Order', '1234-5678-9012', 'Total: $45.99'],
    },
    number: '1234-5678-9012',
  },
  {
    name: 'en: an eBay-shaped number under "Order" when the address names another order',
    page: {
      lang: 'en-US',
      url: 'https://www.ebay.com/mesh/ord/details?orderid=98-76543-21098',
      lines: ['Order', '12-34567-89012', 'Order total', '$45.99'],
    },
    number: '12-34567-89012',
  },
];

describe('a number under a bare "order" heading that nothing else ties to the page is not its order number', () => {
  for (const c of notTheOrder)
    it(c.name, () => {
      expect(read(c.page).map((o) => o.orderId)).not.toContain(c.number);
    });
});

const theOrder: { name: string; page: Page; want: string }[] = [
  {
    name: 'en: eBay Seller Hub, the address’s orderid names it',
    page: {
      lang: 'en-US',
      url: 'https://www.ebay.com/mesh/ord/details?mode=SH&orderid=12-34567-89012',
      lines: ['Order', '12-34567-89012', 'Date sold', 'Mar 5, 2024', 'Order total', '$45.99'],
    },
    want: '12-34567-89012',
  },
  {
    name: 'de: the address’s path names it',
    page: {
      lang: 'de-DE',
      url: 'https://www.ebay.de/ord/details/12-34567-89012',
      lines: ['Bestellung', '12-34567-89012', 'Gesamtsumme: 45,99 €'],
    },
    want: '12-34567-89012',
  },
  {
    name: 'ja: the page title names it',
    page: {
      lang: 'ja-JP',
      url: 'https://shop.example.jp/mypage/order/detail',
      title: '注文 2024-0305-0012 | ショップ',
      lines: ['注文', '2024-0305-0012', '合計', '¥4,980'],
    },
    want: '2024-0305-0012',
  },
  {
    name: 'zh-CN: the address’s query names it',
    page: {
      lang: 'zh-CN',
      url: 'https://shop.example.cn/member/order/view?id=2024-10291-23456',
      lines: ['订单', '2024-10291-23456', '实付款：￥174.50'],
    },
    want: '2024-10291-23456',
  },
  {
    name: 'zh-TW: the main heading names it',
    page: {
      lang: 'zh-TW',
      url: 'https://shop.example.tw/member/order/view',
      lines: ['<h1>訂單 2024-10291-23456</h1>', '訂單', '2024-10291-23456'],
    },
    want: '2024-10291-23456',
  },
];

describe('a number under a bare "order" heading that the page names is its order number', () => {
  for (const c of theOrder)
    it(c.name, () => {
      expect(read(c.page).map((o) => o.orderId)).toEqual([c.want]);
    });
});
