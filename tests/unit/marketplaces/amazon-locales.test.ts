import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { amazon } from '../../../utils/marketplaces/amazon/index';
import { orderSchema } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC pages written for these tests, each in the shape and wording of one Amazon country site
 * (from public knowledge of those sites: the labels each prints). They check the label tables per
 * language; the real saved pages (real-pages*.test.ts) check the layouts.
 */

function read(url: string, html: string) {
  const r = extractPage(new URL(url), docFromHtml(html, url), { includeAddress: true });
  for (const o of r.orders) orderSchema.parse(o);
  return r;
}

describe('Amazon package tracking, every locale (synthetic)', () => {
  const page = (status: string, carrierLine: string, trackingLine: string) => `<div id="a-page"><div class="pt-main">
    <h1 id="primaryStatus">${status}</h1>
    <div id="carrierRelatedInfo-container"><h1 class="carrierRelatedInfo-mfn-providerTitle">${carrierLine}</h1>
    <div class="pt-delivery-card-trackingId">${trackingLine}</div></div>
    <a href="/gp/your-account/order-details?orderID=123">See all updates</a></div></div>`;
  const cases: [string, string, string, string, string, string, string][] = [
    [
      'en-US',
      'www.amazon.com',
      'Delivered today',
      'Shipped with UPS',
      'Tracking ID: 1Z999AA10123456784',
      '1Z999AA10123456784',
      'UPS',
    ],
    [
      'en-US, Amazon',
      'www.amazon.com',
      'Arriving Tuesday',
      'Shipped with Amazon',
      'Tracking ID: TBA123456789012',
      'TBA123456789012',
      'Amazon',
    ],
    [
      'es-MX',
      'www.amazon.com.mx',
      'Entregado hoy',
      'Se envió con Estafeta',
      'ID de seguimiento: 7012345678901234',
      '7012345678901234',
      'Estafeta',
    ],
    [
      'es-ES',
      'www.amazon.es',
      'Entregado',
      'Enviado con Correos Express',
      'ID de seguimiento: 3230001234567890',
      '3230001234567890',
      'Correos Express',
    ],
    [
      'de-DE',
      'www.amazon.de',
      'Zugestellt',
      'Zustellung durch DHL',
      'Trackingnummer: 00340434161234567890',
      '00340434161234567890',
      'DHL',
    ],
    [
      'fr-FR',
      'www.amazon.fr',
      'Livré',
      'Expédié avec Colissimo',
      'Numéro de suivi : 6A12345678901',
      '6A12345678901',
      'Colissimo',
    ],
    [
      'it-IT',
      'www.amazon.it',
      'Consegnato',
      'Spedito con BRT',
      'ID tracciabilità: 123456789012',
      '123456789012',
      'BRT',
    ],
    [
      'ja-JP',
      'www.amazon.co.jp',
      '配達済み',
      '配送業者：ヤマト運輸',
      'お問い合わせ伝票番号：123456789012',
      '123456789012',
      'ヤマト運輸',
    ],
    [
      'pt-BR',
      'www.amazon.com.br',
      'Entregue',
      'Enviado com Correios',
      'Código de rastreamento: AB123456789BR',
      'AB123456789BR',
      'Correios',
    ],
    [
      'nl-NL',
      'www.amazon.nl',
      'Bezorgd',
      'Verzonden met PostNL',
      'Track & Trace-ID: 3SABCD1234567',
      '3SABCD1234567',
      'PostNL',
    ],
  ];
  for (const [locale, host, status, carrierLine, trackingLine, number, carrier] of cases) {
    it(`${locale}: tracking number, carrier, status and order id`, () => {
      const url = `https://${host}/progress-tracker/package/ref=ppx_od_dt_b_track_package?_encoding=UTF8&itemId=x&orderId=701-1234567-1234567&shipmentId=abc`;
      const r = read(url, page(status, carrierLine, trackingLine));
      expect(r.kind).toBe('tracking');
      expect(r.changed).toBeUndefined();
      const o = r.orders[0]!;
      expect(o.confidence).toBe('adapter');
      expect(o.orderId).toBe('701-1234567-1234567');
      expect(o.shipments).toEqual([{ trackingNumber: number, carrier, status }]);
    });
  }

  it('a tracking page before dispatch: status only, no invented number', () => {
    const url = 'https://www.amazon.com/progress-tracker/package?orderId=112-1234567-1234567';
    const r = read(
      url,
      '<div><h1 id="primaryStatus">Preparing for shipment</h1><p>Tracking info will appear here.</p></div>',
    );
    expect(r.orders[0]?.shipments).toEqual([{ status: 'Preparing for shipment' }]);
  });
});

/** The 2024– details layout with a locale's labels. */
function details(
  l: {
    placed: string;
    number: string;
    subtotal: string;
    shipping: string;
    taxLines: string[];
    total: string[];
    soldBy: string;
  },
  id: string,
) {
  const rows = [l.subtotal, l.shipping, ...l.taxLines, ...l.total].map((r) => {
    const [label, value] = r.split('|');
    return `<li><span class="a-list-item"><div class="a-row"><div class="a-column a-span7"><span>${label}</span></div><div class="a-column a-span5"><span>${value}</span></div></div></span></li>`;
  });
  return `<div id="orderDetails"><h1>Order</h1>
    <div data-component="orderDate"><span>${l.placed}</span></div>
    <div data-component="orderId"><span>${l.number}</span> <bdi>${id}</bdi></div>
    <div id="od-subtotals"><ul>${rows.join('')}</ul></div>
    <div class="a-box"><div data-component="shipmentStatus"><h4 class="od-status-message"><span>Status</span></h4></div>
    <div class="a-fixed-left-grid"><div data-component="itemTitle"><a href="/dp/B0TESTASIN">Artikel</a></div>
    <div data-component="orderedMerchant"><span>${l.soldBy} <a href="/gp/aag">Tienda</a></span></div>
    <div data-component="unitPrice"><span class="a-offscreen">${l.total[l.total.length - 1]!.split('|')[1]}</span></div></div></div></div>`;
}

describe('Amazon order details per language (synthetic)', () => {
  it('es-MX: "Total (IVA incluido, en caso de ser aplicable):" with its amount on the next line', () => {
    const html = details(
      {
        placed: 'Pedido realizado el 3 de marzo de 2024',
        number: 'Número de pedido',
        subtotal: 'Subtotal de productos:|$1,034.48',
        shipping: 'Envío:|$0.00',
        taxLines: [],
        total: ['Total (IVA incluido, en caso de ser aplicable):|$1,200.00'],
        soldBy: 'Vendido por:',
      },
      '701-1234567-1234567',
    );
    const o = read('https://www.amazon.com.mx/gp/your-account/order-details?orderID=701-1234567-1234567', html)
      .orders[0]!;
    expect(o).toMatchObject({
      orderId: '701-1234567-1234567',
      placedAt: '2024-03-03',
      amounts: { total: { amount: 1200, currency: 'MXN' }, subtotal: { amount: 1034.48, currency: 'MXN' } },
    });
    expect(o.items[0]?.seller).toBe('Tienda');
  });

  it('fr-FR: Montant total, TVA', () => {
    const html = details(
      {
        placed: 'Commande effectuée le 3 mars 2024',
        number: 'N° de commande',
        subtotal: 'Sous-total :|20,00 €',
        shipping: "Frais d'expédition :|0,00 €",
        taxLines: ['TVA :|4,00 €'],
        total: ['Montant total :|24,00 €'],
        soldBy: 'Vendu par :',
      },
      '404-1234567-1234567',
    );
    const o = read('https://www.amazon.fr/gp/your-account/order-details?orderID=404-1234567-1234567', html).orders[0]!;
    expect(o).toMatchObject({
      placedAt: '2024-03-03',
      amounts: { total: { amount: 24, currency: 'EUR' }, tax: { amount: 4, currency: 'EUR' } },
    });
    expect(o.taxLines).toBeUndefined();
  });

  it('it-IT: Totale ordine, IVA', () => {
    const html = details(
      {
        placed: 'Ordine effettuato il 3 marzo 2024',
        number: 'N. ordine',
        subtotal: 'Subtotale articoli:|20,00 €',
        shipping: 'Costi di spedizione:|0,00 €',
        taxLines: ['IVA:|4,40 €'],
        total: ['Totale ordine:|24,40 €'],
        soldBy: 'Venduto da:',
      },
      '405-1234567-1234567',
    );
    const o = read('https://www.amazon.it/gp/your-account/order-details?orderID=405-1234567-1234567', html).orders[0]!;
    expect(o).toMatchObject({
      orderId: '405-1234567-1234567',
      placedAt: '2024-03-03',
      amounts: { total: { amount: 24.4, currency: 'EUR' }, tax: { amount: 4.4 } },
    });
  });

  it('ja-JP: 注文日, ご請求額, 消費税', () => {
    const html = details(
      {
        placed: '注文日 2024年3月3日',
        number: '注文番号',
        subtotal: '商品の小計：|￥1,200',
        shipping: '配送料・手数料：|￥0',
        taxLines: [],
        total: ['注文合計：|￥1,320', 'ご請求額：|￥1,320'],
        soldBy: '販売:',
      },
      '250-1234567-1234567',
    );
    const o = read('https://www.amazon.co.jp/gp/your-account/order-details?orderID=250-1234567-1234567', html)
      .orders[0]!;
    expect(o).toMatchObject({
      orderId: '250-1234567-1234567',
      placedAt: '2024-03-03',
      amounts: { total: { amount: 1320, currency: 'JPY' }, subtotal: { amount: 1200, currency: 'JPY' } },
    });
  });

  it('en-CA: GST/HST and PST/RST/QST are summed and each line kept', () => {
    const html = details(
      {
        placed: 'Order placed March 3, 2024',
        number: 'Order #',
        subtotal: 'Item(s) Subtotal:|$100.00',
        shipping: 'Shipping & Handling:|$0.00',
        taxLines: ['Total before tax:|$100.00', 'Estimated GST/HST:|$5.00', 'Estimated PST/RST/QST:|$9.98'],
        total: ['Grand Total:|$114.98'],
        soldBy: 'Sold by:',
      },
      '702-1234567-1234567',
    );
    const o = read('https://www.amazon.ca/gp/your-account/order-details?orderID=702-1234567-1234567', html).orders[0]!;
    expect(o.amounts.tax).toEqual({ amount: 14.98, currency: 'CAD' });
    expect(o.taxLines).toEqual([
      { label: 'Estimated GST/HST', amount: { amount: 5, currency: 'CAD' } },
      { label: 'Estimated PST/RST/QST', amount: { amount: 9.98, currency: 'CAD' } },
    ]);
    expect(o.amounts.total).toEqual({ amount: 114.98, currency: 'CAD' });
  });

  it('a tax registration number beside a tax label is not an amount', () => {
    const html =
      '<div id="orderDetails">Order placed March 3, 2024 Order # 702-1234567-1234567<table><tr><td>Prime Membership Fee<br>Sold By: Amazon.com.ca, Inc.<br>GST/HST - 85730 5932 RT0001<br>QST - 1201187016 TQ0001<br>Qty: 1</td><td>$14.99</td></tr></table><div>Grand Total: $14.99</div></div>';
    const o = read('https://www.amazon.ca/gp/your-account/order-details?orderID=702-1234567-1234567', html).orders[0]!;
    expect(o.amounts.tax).toBeUndefined();
    expect(o.items[0]).toMatchObject({ title: 'Prime Membership Fee', seller: 'Amazon.com.ca, Inc.', quantity: 1 });
  });
});

describe('Amazon printable invoices (synthetic, the print.html table layout)', () => {
  const invoice = (
    dateLine: string,
    row: string,
    pay: string,
    summary: string,
  ) => `<center><b class="h1">Details for Order #302-1234567-1234567</b></center>
    <table><tr><td><b>${dateLine}</b></td></tr><tr><td>Bestellnummer: 302-1234567-1234567</td></tr>
    <tr><td>Summe der Bestellung: EUR 25,29</td></tr></table>
    <table><tr><td><table><tr><td><b>Bestellte Artikel</b></td><td><b>Preis</b></td></tr>
    <tr><td>${row}</td><td>EUR 25,29</td></tr></table></td></tr></table>
    <table><tr><td>${pay}</td><td>${summary}</td></tr></table>`;

  it('de-DE: "1 Exemplar(e) von:", Spar-Abo order date, MwSt, Zahlungsart … Die letzten Ziffern, seller without link text', () => {
    const html = invoice(
      'Getätigte Spar-Abo-Bestellung: 5. März 2024',
      '2 Exemplar(e) von: <i>Testartikel 1</i><br>Verkauf durch: <a href="/sp">Skydue | Product question? Ask Seller</a><br>Zustand: Neu',
      '<b>Zahlungsart:</b><br>Visa | Die letzten Ziffern: 1234',
      'Zwischensumme: EUR 21,25<br>Verpackung & Versand: EUR 0,00<br>Summe ohne MwSt.: EUR 21,25<br>MwSt.: EUR 4,04<br>Gesamtsumme: EUR 25,29',
    );
    const r = read('https://www.amazon.de/gp/css/summary/print.html?orderID=302-1234567-1234567', html);
    expect(r.kind).toBe('invoice');
    const o = r.orders[0]!;
    expect(o).toMatchObject({
      orderId: '302-1234567-1234567',
      placedAt: '2024-03-05',
      paymentMethod: 'Visa ending in 1234',
      amounts: { total: { amount: 25.29, currency: 'EUR' }, tax: { amount: 4.04, currency: 'EUR' } },
    });
    expect(o.items).toEqual([
      { title: 'Testartikel 1', quantity: 2, unitPrice: { amount: 25.29, currency: 'EUR' }, seller: 'Skydue' },
    ]);
    expect(o.orderType).toBe('subscription');
  });

  it('de-DE: "Digitale Bestellung:" is the order date', () => {
    const html = invoice(
      'Digitale Bestellung: 16. April 2026',
      '1 Exemplar(e) von: <i>Film</i><br>Verkauf durch: Amazon Digital Germany GmbH',
      '',
      'MwSt: EUR 4,04<br>Gesamtsumme: EUR 25,29',
    );
    const o = read('https://www.amazon.de/gp/css/summary/print.html?orderID=302-1234567-1234567', html).orders[0]!;
    expect(o.placedAt).toBe('2026-04-16');
  });

  it('a delivery or refund date label is never the order date', () => {
    const html = invoice(
      'Lieferung am Bestellung: 9. März 2024',
      '1 Exemplar(e) von: <i>X</i>',
      '',
      'Gesamtsumme: EUR 25,29',
    );
    const o = read('https://www.amazon.de/gp/css/summary/print.html?orderID=302-1234567-1234567', html).orders[0]!;
    expect(o.placedAt).toBeUndefined();
  });
});

describe('Amazon cancelled orders', () => {
  it('the alert sets status and cancelled, and a missing total is no "page changed" warning', () => {
    const html = `<div id="orderDetails"><div class="a-alert-content">This order has been cancelled.</div>
      <span>Order placed March 3, 2024</span> <span>Order # 112-1234567-1234567</span>
      <div class="a-fixed-left-grid"><a class="a-link-normal" href="/gp/product/B0TESTASIN">Thing</a></div></div>`;
    const r = read('https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567', html);
    expect(r.orders[0]).toMatchObject({ status: 'This order has been cancelled.', cancelled: true });
    expect(r.changed).toBeUndefined();
  });

  it('a "Cancel items" button or a "Cancelled orders" tab is not a cancellation', () => {
    const html = `<div id="orderDetails"><a>Cancel items</a><div>Cancelled orders</div><span>Order placed March 3, 2024</span> <span>Order # 112-1234567-1234567</span>
      <div class="a-fixed-left-grid"><a class="a-link-normal" href="/gp/product/B0TESTASIN">Thing</a></div><div>Grand Total: $5.00</div></div>`;
    const o = read('https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567', html).orders[0]!;
    expect(o.cancelled).toBeUndefined();
    expect(o.status).toBeUndefined();
  });

  it('a gift-card-only order is typed gift-card', () => {
    const html = `<div id="orderDetails"><span>Order placed March 3, 2024</span> <span>Order # 112-1234567-1234567</span>
      <div class="a-fixed-left-grid"><a class="a-link-normal" href="/dp/B0TESTASIN">Amazon eGift Card - Birthday</a></div><div>Grand Total: $50.00</div></div>`;
    expect(
      read('https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567', html).orders[0]
        ?.orderType,
    ).toBe('gift-card');
  });
});

describe('Amazon adapter on a page kind it recognises but cannot read', () => {
  it('a return page: the generic reader runs, its values marked generic', () => {
    const url = 'https://www.amazon.com/spr/returns/cart?orderId=112-1234567-1234567';
    const r = read(
      url,
      '<main><p>Order # 112-1234567-1234567</p><p>Return by March 30, 2024</p><p>Refund total: $12.00</p></main>',
    );
    expect(r.kind).toBe('return');
    expect(r.orders[0]).toMatchObject({ marketplace: 'amazon', confidence: 'generic', orderId: '112-1234567-1234567' });
    expect(amazon.extract(new URL(url), docFromHtml('<p>x</p>', url)).orders).toEqual([]);
  });
});

/**
 * Grand-total wording the Amazon order exporter philipmulcahy/azad reads on its sites (src/js/order_details.ts,
 * order_header.ts): amazon.fr "Montant total TTC" / "Total général du paiement", amazon.es "Total de este
 * pedido" / "Total general", amazon.com "Total of this order" and "Subscription Charged on" for subscriptions.
 */
describe('Amazon totals as azad reads them (synthetic)', () => {
  const page = (site: string, rows: string[], placed = 'Order placed March 3, 2024') =>
    read(
      `https://www.${site}/gp/your-account/order-details?orderID=404-1234567-1234567`,
      details(
        {
          placed,
          number: 'Order #',
          subtotal: rows[0]!,
          shipping: rows[1]!,
          taxLines: [],
          total: rows.slice(2),
          soldBy: 'Sold by:',
        },
        '404-1234567-1234567',
      ),
    ).orders[0]!;
  it('amazon.fr "Montant total TTC :" is the total', () => {
    const o = page('amazon.fr', ['Sous-total :|20,00 €', 'Livraison :|0,00 €', 'Montant total TTC :|24,00 €']);
    expect(o.amounts.total).toEqual({ amount: 24, currency: 'EUR' });
  });
  it('amazon.fr "Total général du paiement :" is the total', () => {
    const o = page('amazon.fr', ['Sous-total :|20,00 €', 'Livraison :|0,00 €', 'Total général du paiement :|24,00 €']);
    expect(o.amounts.total).toEqual({ amount: 24, currency: 'EUR' });
  });
  it('amazon.fr "Montant total hors TVA" is no total', () => {
    const o = page('amazon.fr', ['Sous-total :|20,00 €', 'Livraison :|0,00 €', 'Montant total hors TVA :|20,00 €']);
    expect(o.amounts.total).toBeUndefined();
  });
  it('amazon.es "Total de este pedido:" and "Total general:" are the total', () => {
    expect(
      page('amazon.es', ['Subtotal:|20,00 €', 'Envío:|0,00 €', 'Total de este pedido:|24,00 €']).amounts.total,
    ).toEqual({ amount: 24, currency: 'EUR' });
    expect(page('amazon.es', ['Subtotal:|20,00 €', 'Envío:|0,00 €', 'Total general:|24,00 €']).amounts.total).toEqual({
      amount: 24,
      currency: 'EUR',
    });
  });
  it('amazon.com "Total of this order:" is the total', () => {
    const o = page('amazon.com', [
      'Item(s) Subtotal:|$20.00',
      'Shipping & Handling:|$0.00',
      'Total of this order:|$21.50',
    ]);
    expect(o.amounts.total).toEqual({ amount: 21.5, currency: 'USD' });
  });
  it('"Subscription Charged on" is the date of a subscription charge', () => {
    const o = page(
      'amazon.com',
      ['Item(s) Subtotal:|$9.99', 'Shipping & Handling:|$0.00', 'Grand Total:|$9.99'],
      'Subscription Charged on March 3, 2024',
    );
    expect(o.placedAt).toBe('2024-03-03');
  });
});
