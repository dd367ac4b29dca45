import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/**
 * Page families the held-out proxy (tests/unit/marketplaces/generic-proxy.test.ts) found the generic reader
 * missing: each block one layout rule, in markup of that shape written here, with the pages it must not
 * misread beside it.
 */
const readAll = (html: string, at: string) =>
  extractGeneric(new URL(at), docFromHtml(html, at), { includeAddress: true });

/** One order's card of a history list whose header row (number, date, total) did not load. */
const card = (id: string, title: string, asin: string, price: string, extra = '') => `
  <div class="order-card"><div class="shipment">
    <div class="status">Delivered Mar 3, 2021</div>
    <div class="item"><a href="/gp/product/${asin}/ref=yo_title"><img src="p.jpg" alt=""></a>
      <div><a class="title" href="/gp/product/${asin}/ref=yo_title">${title}</a></div>
      <div>Sold by: Example Store</div><div>${price}</div></div>
    <div class="actions"><a href="/gp/your-account/order-details/ref=od?ie=UTF8&orderID=${id}">Order details</a>
      <a href="/gp/css/order-history/archive/ref=arch?ie=UTF8&orderID=${id}">Archive order</a>${extra}</div>
  </div></div>`;
const HISTORY = 'https://www.amazon.com/gp/your-account/order-history';

describe('an order list whose cards print no order number, only their links name it', () => {
  it('reads each card’s number from the order-number parameter its links share, and its item', () => {
    const orders = readAll(
      `<div id="orders">${card('123-4567890-1234567', 'Garden Hose Reel, 30 m', 'B0AAAAAAA1', '$19.99')}
       ${card('987-6543210-7654321', 'Cast Iron Skillet 26 cm', 'B0AAAAAAA2', '$31.50')}</div>`,
      HISTORY,
    );
    expect(orders.map((o) => o.orderId)).toEqual(['123-4567890-1234567', '987-6543210-7654321']);
    expect(orders[0]?.items.map((i) => i.title)).toEqual(['Garden Hose Reel, 30 m']);
    expect(orders[1]?.items.map((i) => i.title)).toEqual(['Cast Iron Skillet 26 cm']);
    expect(orders[0]?.provenance.orderId).toMatch(/parameter/);
  });

  it('reads a list of one card, and one order in two shipments as one card', () => {
    const one = readAll(
      `<div id="orders">${card('123-4567890-1234567', 'Desk Lamp', 'B0AAAAAAA1', '$12.00')}</div>`,
      HISTORY,
    );
    expect(one.map((o) => o.orderId)).toEqual(['123-4567890-1234567']);
    const split = readAll(
      `<div id="orders"><div class="order">${card('123-4567890-1234567', 'Desk Lamp', 'B0AAAAAAA1', '$12.00')}
       ${card('123-4567890-1234567', 'Lamp Shade', 'B0AAAAAAA3', '$8.00')}</div>
       ${card('987-6543210-7654321', 'Cast Iron Skillet 26 cm', 'B0AAAAAAA2', '$31.50')}</div>`,
      HISTORY,
    );
    expect(split.map((o) => o.orderId)).toEqual(['123-4567890-1234567', '987-6543210-7654321']);
  });

  it('takes no number from a link’s path (an internal id, Shopee’s /user/purchase/order/<id>)', () => {
    const html = `<div id="orders">
      <div class="card"><a href="/user/purchase/order/141234567890123?type=3">Order details</a><div>Phone case</div></div>
      <div class="card"><a href="/user/purchase/order/141234567890999?type=3">Order details</a><div>Cable</div></div></div>`;
    expect(readAll(html, 'https://shopee.ph/user/purchase').map((o) => o.orderId)).toEqual([]);
  });

  it('takes no bare run of digits from an order_id parameter (a database key the page never prints)', () => {
    const html = `<div id="orders">
      <div class="card"><a href="/order/detail?order_id=141234567890123">Order details</a><div>Phone case ₱199</div></div>
      <div class="card"><a href="/order/detail?order_id=141234567890999">Order details</a><div>Cable ₱99</div></div></div>`;
    expect(readAll(html, 'https://shopee.ph/user/purchase').map((o) => o.orderId)).toEqual([]);
  });

  it('reads nothing when one order’s links are not held apart from another’s (a sidebar names a recent order)', () => {
    const html = `<div id="orders">${card('123-4567890-1234567', 'Desk Lamp', 'B0AAAAAAA1', '$12.00')}
      ${card('987-6543210-7654321', 'Cast Iron Skillet 26 cm', 'B0AAAAAAA2', '$31.50')}</div>
      <aside><a href="/gp/your-account/order-details?orderID=123-4567890-1234567">Your last order</a></aside>`;
    expect(readAll(html, HISTORY).map((o) => o.orderId)).toEqual([]);
  });

  it('reads no card whose links name two orders, and no "#" link as naming the order in the page’s address', () => {
    const mixed = `<div id="orders">${card('123-4567890-1234567', 'Desk Lamp', 'B0AAAAAAA1', '$12.00', '<a href="/x?orderId=555-0000000-1111111">Track</a>')}</div>`;
    expect(readAll(mixed, HISTORY).map((o) => o.orderId)).toEqual([]);
    const self = `<div id="orders"><div class="card"><a href="#">Order details</a><div>Desk Lamp $12.00</div></div></div>`;
    expect(
      readAll(self, 'https://www.amazon.com/gp/your-account/order-details?orderID=123-4567890-1234567').map(
        (o) => o.orderId,
      ),
    ).toEqual([]);
  });
});

/** A history card whose "Ship to" slot the page's script fills from an inert template keyed like it. */
const slotCard = (id: string, heading: string, key: string, template: string) => `
  <div class="order-card"><div class="header">
    <div><span>Order placed</span><span>March 3, 2021</span></div>
    <div class="recipient"><div><span>${heading}</span></div><div><div id="shipToSlot-address-${key}"></div></div></div>
    <div><span>Order #</span> <span>${id}</span></div></div>
    <div class="item"><a href="/dp/B0AAAAAAA1"><img src="p.jpg" alt=""></a><a href="/dp/B0AAAAAAA1">Desk Lamp</a></div>
    ${template}
  </div>`;
const template = (key: string, name: string, lines: string[]) =>
  `<script id="shipToTemplate-address-${key}" type="text/template">
    <span class="trigger"><a href="javascript:void(0)">${name}</a></span>
    <div class="popover"><h5>${name}</h5>${lines.map((l) => `<div>${l}</div>`).join('')}</div></script>`;

describe('a delivery heading over an empty slot its page fills from a template', () => {
  const KEY_A = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  const KEY_B = '0f9e8d7c6b5a49382716051a2b3c4d5e';

  it('reads the recipient and the address from the one template whose id ends in the slot’s key', () => {
    const orders = readAll(
      `${slotCard('123-4567890-1234567', 'Versandadresse', KEY_A, template(KEY_A, 'Erika Beispiel', ['Lindenweg 7', '20095 Hamburg', 'Deutschland']))}
       ${slotCard('987-6543210-7654321', 'Versandadresse', KEY_B, template(KEY_B, 'Jonas Probe', ['Am Hang 12', '50667 Köln', 'Deutschland']))}`,
      'https://www.amazon.de/gp/your-account/order-history',
    );
    expect(orders.map((o) => [o.orderId, o.recipient])).toEqual([
      ['123-4567890-1234567', 'Erika Beispiel'],
      ['987-6543210-7654321', 'Jonas Probe'],
    ]);
    expect(orders[0]?.address).toBe('Lindenweg 7, 20095 Hamburg, Deutschland');
  });

  it('reads nothing from a template keyed otherwise, nor when two templates carry the slot’s key', () => {
    const other = readAll(
      `${slotCard('123-4567890-1234567', 'Ship to', KEY_A, template('ffffeeeeddddcccc', 'Sam Sample', ['1 Main St', 'Springfield, IL 62701']))}
       ${slotCard('987-6543210-7654321', 'Ship to', KEY_B, '')}`,
      HISTORY,
    );
    expect(other.map((o) => o.recipient)).toEqual([undefined, undefined]);
    const twice = readAll(
      `${slotCard('123-4567890-1234567', 'Ship to', KEY_A, template(KEY_A, 'Sam Sample', ['1 Main St']) + template(KEY_A, 'Pat Other', ['9 Elm St']))}
       ${slotCard('987-6543210-7654321', 'Ship to', KEY_B, '')}`,
      HISTORY,
    );
    expect(twice.map((o) => o.recipient)).toEqual([undefined, undefined]);
  });
});

describe('British English delivery heading', () => {
  it('reads the recipient under "Dispatch to" (en-GB order history cards)', () => {
    const cardGb = (id: string) => `<div class="order"><div class="header">
      <div><span>Order placed</span><span>3 March 2021</span></div><div><span>Total</span><span>£12.00</span></div>
      <div class="recipient"><div><span>Dispatch to</span></div><div><a href="javascript:void(0)">Olivia Example</a></div></div>
      <div><span>Order #</span> <span>${id}</span></div></div></div>`;
    const orders = readAll(
      `${cardGb('202-4567890-1234567')}${cardGb('202-6543210-7654321')}`,
      'https://www.amazon.co.uk/gp/your-account/order-history',
    );
    expect(orders.map((o) => o.recipient)).toEqual(['Olivia Example', 'Olivia Example']);
  });
});

describe('a payment method shown as a card network’s logo beside a masked number', () => {
  const page = (payment: string) => `<div>Order # 113-1234567-7654321</div>
    <div class="pay"><h5>Payment Method</h5>${payment}</div>
    <div>Item(s) Subtotal: $10.00</div><div>Grand Total: $10.00</div>`;
  const at = 'https://shop.example.com/order-details';
  const row = (alt: string, digits = '4321') =>
    `<div class="row"><img alt="${alt}" src="logo.gif"><span>**** ${digits}</span></div>`;

  it('reads the network the logo names with the last digits', () => {
    expect(readAll(page(row('American Express')), at)[0]?.paymentMethod).toBe('American Express ending in 4321');
    expect(readAll(page(row('VISA')), at)[0]?.paymentMethod).toBe('VISA ending in 4321');
  });

  it('reads no method from a logo that names no card network, nor from two different cards', () => {
    expect(readAll(page(row('Secure checkout')), at)[0]?.paymentMethod).toBeUndefined();
    expect(readAll(page(row('Visa') + row('Mastercard', '9876')), at)[0]?.paymentMethod).toBeUndefined();
  });

  it('reads no logo outside a payment heading (a footer of accepted cards)', () => {
    const html = `<div>Order # 113-1234567-7654321</div><div>Grand Total: $10.00</div>
      <div class="footer"><h5>We accept</h5>${row('Visa')}</div>`;
    expect(readAll(html, at)[0]?.paymentMethod).toBeUndefined();
  });
});

describe('a delivery address with no heading, in a block its markup names', () => {
  const at = 'https://www.amazon.de/gp/your-account/order-details?orderID=305-1234567-7654321';
  const page = (block: string) => `<div>Bestellnummer</div><div>305-1234567-7654321</div>
    ${block}<div>Gesamtsumme:</div><div>EUR 0,00</div>`;

  it('reads the recipient and the address of the one block named the shipping address', () => {
    const o = readAll(
      page(`<div data-component="shippingAddress"><ul><li><span>Erika Beispiel</span></li>
        <li><span> , Lindenweg 7 , 20095</span></li><li><span>Germany</span></li></ul></div>`),
      at,
    )[0];
    expect(o?.recipient).toBe('Erika Beispiel');
    expect(o?.address).toBe('Lindenweg 7, 20095, Germany');
  });

  it('reads no billing block, no block of two different addresses, no block that is no name and address', () => {
    const billing = `<div class="billing-address"><div>Erika Beispiel</div><div>Lindenweg 7</div><div>20095 Hamburg</div></div>`;
    expect(readAll(page(billing), at)[0]?.address).toBeUndefined();
    const two = `<div class="shipping-address"><div>Erika Beispiel</div><div>Lindenweg 7</div></div>
      <div class="shipping-address"><div>Jonas Probe</div><div>Am Hang 12</div></div>`;
    expect(readAll(page(two), at)[0]?.recipient).toBeUndefined();
    const notOne = `<div class="delivery-address-help"><div>Adresse ändern</div><div>Hilfe 24/7</div></div>`;
    expect(readAll(page(notOne), at)[0]?.address).toBeUndefined();
  });
});

describe('an item block’s price that no sum proves but its markup names the unit price', () => {
  const at = 'https://shop.example.de/order-details?orderID=302-1234567-7654321';
  const page = (priceMarkup: string) => `<div>Bestellnummer</div><div>302-1234567-7654321</div>
    <div><h4>Storniert</h4><div class="item">
      <div><a href="/dp/B0AAAAAAA1"><img src="p.jpg" alt=""></a></div>
      <div><div><a href="/dp/B0AAAAAAA1">Wanduhr aus Eiche</a></div>
      <div><span>Verkauf durch: Beispielhändler GmbH</span></div>${priceMarkup}</div></div></div>`;

  it('reads it as the unit price', () => {
    const o = readAll(page(`<div data-component="unitPrice"><span>25,29€</span></div>`), at)[0];
    expect(o?.items[0]?.unitPrice).toEqual({ amount: 25.29, currency: 'EUR' });
  });

  it('leaves a price with no such markup, or markup naming something else, unknown', () => {
    expect(readAll(page(`<div class="price"><span>25,29€</span></div>`), at)[0]?.items[0]?.unitPrice).toBeUndefined();
    const total = readAll(page(`<div class="unit-price-total"><span>25,29€</span></div>`), at)[0];
    expect(total?.items[0]?.title).toBe('Wanduhr aus Eiche');
    expect(total?.items[0]?.unitPrice).toBeUndefined();
  });
});

describe('an order header that puts the date after the number, a comma between', () => {
  const at = 'https://shop.example.com/orders';
  const card = (head: string) =>
    `<div class="order"><div>${head} Example Store</div><div>Ceramic Mug</div><div>Total: ¥30.00</div></div>`;

  it('reads the whole date right after "Order number: <n>,"', () => {
    const orders = readAll(
      card('Order number : 4097504912345678901 , October 25, 2024') +
        card('Order number : 4095705012345678902 , October 24, 2024'),
      at,
    );
    expect(orders.map((o) => [o.orderId, o.placedAt])).toEqual([
      ['4097504912345678901', '2024-10-25'],
      ['4095705012345678902', '2024-10-24'],
    ]);
  });

  it('reads no date that does not start at once after the comma, nor one without its year', () => {
    const orders = readAll(
      card('Order number : 4097504912345678901 , delivered October 25, 2024') +
        card('Order number : 4095705012345678902 , October 24'),
      at,
    );
    expect(orders.map((o) => o.placedAt)).toEqual([undefined, undefined]);
  });
});

describe('an item row whose price cell strikes the listing’s price above the price paid', () => {
  const at = 'https://shop.example.cn/orders';
  const row = (title: string, priceCell: string, qty: number) =>
    `<tr><td><a href="/item/1">${title}</a></td><td>${priceCell}</td><td>${qty}</td><td>After-sales</td></tr>`;
  const card = (id: string, rows: string, paid: string) => `<div class="order"><div>2024-10-29 订单号: ${id}</div>
    <table>${rows}</table><div>${paid}</div></div>`;

  // The list's header printed once in a table of its own above the cards, as Taobao prints it: "单价" over
  // the price column says it is one piece's (a struck amount alone does not: it may be the line's).
  const header = '<table><tr><th>宝贝</th><th>单价</th><th>数量</th><th>商品操作</th></tr></table>';

  it('reads the price paid as one piece’s price under the list’s "单价" header', () => {
    const orders = readAll(
      header +
        card(
          '4102449012345678901',
          row('Stainless hex standoff M4', '<del>￥11.00</del><p>￥8.80</p>', 5),
          '￥174.50',
        ) +
        card('4102449012345678902', row('Brass standoff M3', '<del>￥7.75</del><p>￥6.20</p>', 3), '￥99.00'),
      at,
    );
    expect(orders.map((o) => o.items[0]?.unitPrice)).toEqual([
      { amount: 8.8, currency: 'CNY' },
      { amount: 6.2, currency: 'CNY' },
    ]);
    expect(orders.map((o) => o.items[0]?.quantity)).toEqual([5, 3]);
  });

  it('leaves it unknown with no struck price, a struck price below the paid one, or two struck prices', () => {
    const orders = readAll(
      card('4102449012345678901', row('Stainless hex standoff M4', '<p>￥44.00</p>', 5), '￥174.50') +
        card('4102449012345678902', row('Brass standoff M3', '<del>￥5.00</del><p>￥6.20</p>', 3), '￥99.00') +
        card(
          '4102449012345678903',
          row('Nylon standoff M2', '<del>￥9.00</del><del>￥8.00</del><p>￥6.20</p>', 3),
          '￥99.00',
        ),
      at,
    );
    expect(orders.map((o) => o.items[0]?.title)).toEqual([
      'Stainless hex standoff M4',
      'Brass standoff M3',
      'Nylon standoff M2',
    ]);
    expect(orders.map((o) => o.items[0]?.unitPrice)).toEqual([undefined, undefined, undefined]);
  });
});

describe('a free add-on line under an order’s item rows', () => {
  const at = 'https://shop.example.cn/orders';
  const item = (title: string) =>
    `<tr><td><a href="/item/1">${title}</a></td><td>￥95.00</td><td>2</td><td>After-sales</td><td>￥190.00</td></tr>`;
  const addOn = (price: string, after = ['', '', '']) =>
    `<tr><td><a href="/service">Shipping insurance</a></td><td>${price}</td>${after.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const card = (id: string, rows: string) =>
    `<div class="order"><div>2024-12-11 订单号: ${id}</div><table>${rows}</table></div>`;

  it('is no item, and leaves the order’s items readable', () => {
    const orders = readAll(
      card('4161646412345678901', item('Planetary gearbox 42 mm') + addOn('￥0.00')) +
        card('4161646412345678902', item('Stepper motor 57 mm')),
      at,
    );
    expect(orders.map((o) => o.items.map((i) => i.title))).toEqual([
      ['Planetary gearbox 42 mm'],
      ['Stepper motor 57 mm'],
    ]);
  });

  it('a priced line still makes the card’s items unreadable; a free line with a quantity is an item (a gift)', () => {
    const orders = readAll(
      card('4161646412345678901', item('Planetary gearbox 42 mm') + addOn('￥3.00')) +
        card('4161646412345678902', item('Stepper motor 57 mm') + addOn('￥0.00', ['x2', '', ''])),
      at,
    );
    expect(orders.map((o) => o.items.map((i) => [i.title, i.quantity]))).toEqual([
      [],
      [
        ['Stepper motor 57 mm', 2],
        ['Shipping insurance', 2],
      ],
    ]);
  });
});
