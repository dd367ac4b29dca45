import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/**
 * Order-detail pages whose items are blocks of divs (a picture and a title linking to one product, a
 * price, item labels), in the languages of the marketplaces' sites; none of them is a page any adapter
 * knows. Each case is its own test.
 */

interface Item {
  id: string;
  title: string;
  price: string;
  lines?: string[];
  badge?: string;
}

/** One item's block: picture (with an optional quantity badge) on the left, title, labels and price on the right. */
const block = (it: Item, cls = 'item-row') =>
  `<div class="${cls}"><div class="pic"><a href="/p/${it.id}?ref_=img"><img alt=""></a>` +
  `${it.badge ? `<span class="qty"><span>${it.badge}</span></span>` : ''}</div>` +
  `<div class="info"><div><a href="/p/${it.id}?ref_=title">${it.title}</a></div>` +
  (it.lines ?? []).map((l) => `<div><span>${l}</span></div>`).join('') +
  `<div><span class="price"><span class="sr">${it.price}</span><span aria-hidden="true">${it.price}</span></span></div>` +
  `<div><a href="/buy-again/${it.id}">Buy it again</a> <a href="/your-orders/item?asin=${it.id}">View your item</a></div></div></div>`;

const page = (head: string[], items: Item[], after = '') =>
  `<main><div class="summary">${head.map((l) => `<div>${l}</div>`).join('')}</div>` +
  `<div class="shipment">${items.map((i) => block(i)).join('')}</div>${after}</main>`;

/** A recommendation strip of the same shape as the order's blocks. */
const strip = (wrapper: string, items: Item[]) =>
  `<div ${wrapper}>${items.map((i) => block(i, 'item-row')).join('')}</div>`;

const recs: Item[] = [
  { id: 'R1', title: 'Garden hose 30 m', price: '$24.99' },
  { id: 'R2', title: 'Hose reel', price: '$39.99' },
];

describe('item blocks laid out as divs, read by structure', () => {
  it('en-US: titles, sellers, return windows and unit prices when the prices add up to the subtotal', () => {
    const doc = docFromHtml(
      page(
        [
          'Order number 111-2223334-4445556',
          'Order placed March 3, 2026',
          'Item(s) Subtotal: $34.48',
          'Grand Total: $37.07',
        ],
        [
          {
            id: 'B01',
            title: 'Sparkling water, 12 cans',
            price: '$4.49',
            lines: ['Sold by: Fizz Co', 'Return window closed on April 2, 2026'],
          },
          {
            id: 'B02',
            title: 'Paper towels, 6 rolls',
            price: '$29.99',
            lines: ['Sold by: Amazon.com', 'Return eligible through Apr 2, 2026'],
          },
        ],
      ),
    );
    const [o] = extractGeneric(new URL('https://shop.example.com/orders/111-2223334-4445556'), doc);
    expect(o?.items).toEqual([
      {
        title: 'Sparkling water, 12 cans',
        quantity: 1,
        unitPrice: { amount: 4.49, currency: 'USD' },
        seller: 'Fizz Co',
        returnBy: '2026-04-02',
      },
      {
        title: 'Paper towels, 6 rolls',
        quantity: 1,
        unitPrice: { amount: 29.99, currency: 'USD' },
        seller: 'Amazon.com',
        returnBy: '2026-04-02',
      },
    ]);
    expect(o?.provenance['items.0.unitPrice']).toMatch(/add up/);
  });

  it("fr-FR: 'Vendu par', a quantity badge on the picture, a price that is the unit price (2 × 12,50 € = total)", () => {
    const doc = docFromHtml(
      page(
        ['Numéro de commande : 405-1234567-1234567', 'Commandé le 5 mars 2026', 'Montant total : 25,00 €'],
        [
          {
            id: 'F1',
            title: 'Cafetière italienne 6 tasses',
            price: '12,50 €',
            badge: '2',
            lines: ['Vendu par : Maison du Café', "Éligible jusqu'au 4 avril 2026"],
          },
        ],
      ),
    );
    const [o] = extractGeneric(new URL('https://boutique.example.fr/commandes/405-1234567-1234567'), doc);
    expect(o?.items).toEqual([
      {
        title: 'Cafetière italienne 6 tasses',
        quantity: 2,
        unitPrice: { amount: 12.5, currency: 'EUR' },
        seller: 'Maison du Café',
        returnBy: '2026-04-04',
      },
    ]);
  });

  it('ja-JP: "販売:" and "返品期限:" with yen prices adding up to the total', () => {
    const doc = docFromHtml(
      page(
        ['注文番号 250-1234567-7654321', '注文日 2026年3月1日', '合計: ￥3,960'],
        [
          {
            id: 'J1',
            title: '緑茶 ティーバッグ 100袋',
            price: '￥1,980',
            lines: ['販売: 茶葉本舗', '返品期限: 2026/03/31'],
          },
          {
            id: 'J2',
            title: 'ほうじ茶 ティーバッグ 100袋',
            price: '￥1,980',
            lines: ['販売: 茶葉本舗', '返品期限: 2026/03/31'],
          },
        ],
      ),
    );
    const [o] = extractGeneric(new URL('https://shop.example.co.jp/orders/250-1234567-7654321'), doc);
    expect(o?.items.map((i) => [i.title, i.seller, i.unitPrice?.amount, i.unitPrice?.currency, i.returnBy])).toEqual([
      ['緑茶 ティーバッグ 100袋', '茶葉本舗', 1980, 'JPY', '2026-03-31'],
      ['ほうじ茶 ティーバッグ 100袋', '茶葉本舗', 1980, 'JPY', '2026-03-31'],
    ]);
  });

  it('zh-TW: "賣家：" in each block of a shape that repeats, prices adding up to the subtotal', () => {
    const doc = docFromHtml(
      page(
        ['訂單編號：240301ABCD1234', '商品總金額：NT$1,040', '訂單金額：NT$1,100'],
        [
          { id: 'T1', title: '保溫杯 500ml', price: 'NT$590', lines: ['賣家：好物商店'] },
          { id: 'T2', title: '杯刷 兩入', price: 'NT$450', lines: ['賣家：好物商店'] },
        ],
      ),
    );
    const [o] = extractGeneric(new URL('https://shop.example.tw/order/240301ABCD1234'), doc);
    expect(o?.items.map((i) => [i.title, i.seller, i.unitPrice])).toEqual([
      ['保溫杯 500ml', '好物商店', { amount: 590, currency: 'TWD' }],
      ['杯刷 兩入', '好物商店', { amount: 450, currency: 'TWD' }],
    ]);
  });

  it('es-MX: "Vendido por" and "Apto hasta el" on a peso site', () => {
    const doc = docFromHtml(
      page(
        [
          'Número de pedido 701-1112223-3334445',
          'Pedido realizado 2 de marzo de 2026',
          'Subtotal de productos: $899.00',
        ],
        [
          {
            id: 'M1',
            title: 'Licuadora de 10 velocidades',
            price: '$899.00',
            lines: ['Vendido por: Hogar MX', 'Apto hasta el 1 de abril de 2026'],
          },
        ],
      ),
    );
    const [o] = extractGeneric(new URL('https://tienda.example.com.mx/pedidos/701-1112223-3334445'), doc);
    expect(o?.items).toEqual([
      {
        title: 'Licuadora de 10 velocidades',
        quantity: 1,
        unitPrice: { amount: 899, currency: 'MXN' },
        seller: 'Hogar MX',
        returnBy: '2026-04-01',
      },
    ]);
  });

  it('de-DE: a tax note run into the seller name is no part of it; without amounts the price stays unknown', () => {
    const doc = docFromHtml(
      page(
        ['Bestellnummer 302-1112223-3334445', 'Storniert'],
        [
          {
            id: 'D1',
            title: 'Testartikel 61',
            price: '25,29€',
            lines: ['Verkauf durch: Beispielhändler GmbH Preise inkl. MwSt.'],
          },
        ],
      ),
    );
    const [o] = extractGeneric(new URL('https://shop.example.de/bestellung/302-1112223-3334445'), doc);
    // Labelled as an item, but nothing proves the price is one piece's: no unit price.
    expect(o?.items).toEqual([{ title: 'Testartikel 61', seller: 'Beispielhändler GmbH' }]);
  });

  it('a subscription line in an item block makes the order a subscription', () => {
    const doc = docFromHtml(
      page(
        ['Order number 702-1112223-3334445', 'Item(s) Subtotal: $17.99'],
        [
          {
            id: 'S1',
            title: 'Garden fertilizer 1.5 kg',
            price: '$17.99',
            lines: ['Sold by: Amazon.ca', 'Auto-delivered: Every 2 months'],
          },
        ],
      ),
    );
    const [o] = extractGeneric(new URL('https://shop.example.ca/orders/702-1112223-3334445'), doc);
    expect(o?.orderType).toBe('subscription');
    expect(o?.items[0]?.unitPrice).toEqual({ amount: 17.99, currency: 'CAD' });
  });

  it('blocks whose prices do not add up and that carry no item label are not read as items', () => {
    const doc = docFromHtml(
      page(
        ['Order number 111-2223334-4445556', 'Grand Total: $99.00'],
        [
          { id: 'N1', title: 'Kettle, stainless steel', price: '$19.99' },
          { id: 'N2', title: 'Toaster, two slots', price: '$24.99' },
        ],
      ),
    );
    const [o] = extractGeneric(new URL('https://shop.example.com/orders/111-2223334-4445556'), doc);
    expect(o?.orderId).toBe('111-2223334-4445556');
    expect(o?.items).toEqual([]);
  });

  it("a carousel of recommendations of the same shape is not read, the order's own block is", () => {
    const doc = docFromHtml(
      page(
        ['Order number 111-2223334-4445556', 'Item(s) Subtotal: $12.00'],
        [{ id: 'C1', title: 'Watering can 5 l', price: '$12.00', lines: ['Sold by: Garden Co'] }],
        strip('class="a-carousel-container"', recs),
      ),
    );
    const [o] = extractGeneric(new URL('https://shop.example.com/orders/111-2223334-4445556'), doc);
    expect(o?.items.map((i) => i.title)).toEqual(['Watering can 5 l']);
  });

  it('a "Buy it again" strip whose prices happen to add up to the subtotal is not read as the items', () => {
    const doc = docFromHtml(
      page(
        ['Order number 111-2223334-4445556', 'Item(s) Subtotal: $64.98'],
        [],
        strip('class="widget"><h2>Buy it again</h2><div', recs) + '</div>',
      ),
    );
    const [o] = extractGeneric(new URL('https://shop.example.com/orders/111-2223334-4445556'), doc);
    expect(o?.items).toEqual([]);
  });

  it('recommendations beside an order are left out even when labelled like items (aside, "Customers also bought")', () => {
    const labelled = recs.map((r) => ({ ...r, lines: ['Sold by: Garden Co'] }));
    const doc = docFromHtml(
      page(
        ['Order number 111-2223334-4445556', 'Item(s) Subtotal: $12.00'],
        [{ id: 'C1', title: 'Watering can 5 l', price: '$12.00', lines: ['Sold by: Garden Co'] }],
        `<aside>${labelled.map((i) => block(i)).join('')}</aside>` +
          `<section><h3>Customers also bought</h3>${labelled.map((i) => block(i)).join('')}</section>`,
      ),
    );
    const [o] = extractGeneric(new URL('https://shop.example.com/orders/111-2223334-4445556'), doc);
    expect(o?.items.map((i) => i.title)).toEqual(['Watering can 5 l']);
  });
});
