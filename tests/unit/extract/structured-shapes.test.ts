import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { readStructured } from '../../../utils/extract/structured';
import { docFromHtml } from '../../support/dom';

/**
 * Order data embedded in a page, in the shapes sites publish it: JSON-LD as a graph, as an array, with the
 * total in an invoice's price specification, a parcel pointing at its order; microdata whose items carry
 * their own prices; JSON state whose printed total uses a bare "$" that only the page's locale explains.
 */
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('structured data in several shapes', () => {
  it('JSON-LD @graph: the Order among other nodes, a price string and its currency', () => {
    const doc = docFromHtml(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Your order' },
          {
            '@type': 'Order',
            orderNumber: 'GR-20240305-77',
            orderDate: '2024-03-05T14:22:00+01:00',
            price: '45.99',
            priceCurrency: 'eur',
          },
        ],
      }),
    );
    expect(readStructured(doc)).toMatchObject({
      orderId: 'GR-20240305-77',
      placedAt: '2024-03-05',
      total: { amount: 45.99, currency: 'EUR' },
      source: 'json-ld',
    });
  });

  it('JSON-LD array with http:// types, OrderItem lines and the total in partOfInvoice', () => {
    const doc = docFromHtml(
      ld([
        {
          '@context': 'http://schema.org',
          '@type': 'http://schema.org/Order',
          orderNumber: '8181234567890140',
          orderDate: '2024-03-05',
          orderedItem: [
            {
              '@type': 'OrderItem',
              orderQuantity: 2,
              orderedItem: { '@type': 'Product', name: 'Cable USB-C', sku: 'C-1' },
            },
          ],
          partOfInvoice: { '@type': 'Invoice', totalPaymentDue: { price: 12.5, priceCurrency: 'USD' } },
        },
      ]),
    );
    expect(readStructured(doc)).toMatchObject({
      orderId: '8181234567890140',
      total: { amount: 12.5, currency: 'USD' },
      items: [{ title: 'Cable USB-C', itemId: 'C-1', quantity: 2 }],
    });
  });

  it('JSON-LD ParcelDelivery pointing at its order: tracking number, carrier and the order number', () => {
    const doc = docFromHtml(
      ld({
        '@context': 'https://schema.org',
        '@type': 'ParcelDelivery',
        trackingNumber: '00340434161094042557',
        provider: { '@type': 'Organization', name: 'DHL' },
        partOfOrder: { '@type': 'Order', orderNumber: 'P-99887766' },
      }),
    );
    expect(readStructured(doc)).toMatchObject({
      orderId: 'P-99887766',
      shipments: [{ trackingNumber: '00340434161094042557', carrier: 'DHL' }],
    });
  });

  it("microdata: an offer's price inside the Order is the item's, never the order's total", () => {
    const doc = docFromHtml(`<div itemscope itemtype="https://schema.org/Order">
      <span itemprop="orderNumber">MD-4455667788</span>
      <div itemprop="acceptedOffer" itemscope itemtype="https://schema.org/Offer">
        <div itemprop="itemOffered" itemscope itemtype="https://schema.org/Product"><span itemprop="name">Teapot</span></div>
        <meta itemprop="price" content="19.90"><meta itemprop="priceCurrency" content="EUR">
      </div>
      <div itemprop="totalPaymentDue" itemscope itemtype="https://schema.org/PriceSpecification">
        <meta itemprop="price" content="24.80"><meta itemprop="priceCurrency" content="EUR">
      </div></div>`);
    const facts = readStructured(doc);
    expect(facts.total).toEqual({ amount: 24.8, currency: 'EUR' });
    expect(facts.items).toEqual([{ title: 'Teapot', unitPrice: { amount: 19.9, currency: 'EUR' } }]);
  });

  it('microdata with no total of its own: the item price is not taken as one', () => {
    const doc = docFromHtml(`<div itemscope itemtype="https://schema.org/Order">
      <span itemprop="orderNumber">MD-4455667789</span>
      <div itemprop="acceptedOffer" itemscope itemtype="https://schema.org/Offer">
        <meta itemprop="price" content="19.90"><meta itemprop="priceCurrency" content="EUR"></div></div>`);
    expect(readStructured(doc).total).toBeUndefined();
  });

  const state = (total: string) =>
    `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({
      props: { pageProps: { order: { orderId: 'PO-211-12345678901234569', grandTotal: { displayValue: total } } } },
    })}</script><div>PO-211-12345678901234569</div>`;

  it('JSON state on a Mexican page: a bare "$" total is pesos', () => {
    const url = 'https://www.temu.com/mx/bgt_order_detail.html';
    const [o] = extractGeneric(
      new URL(url),
      docFromHtml(`<html lang="es-MX"><body>${state('$459.00')}</body></html>`, url),
    );
    expect(o?.orderId).toBe('PO-211-12345678901234569');
    expect(o?.amounts.total).toEqual({ amount: 459, currency: 'MXN' });
  });

  it('JSON state on a Spanish page of no country: a bare "$" total stays unknown', () => {
    const url = 'https://es.aliexpress.com/p/order/detail.html';
    const [o] = extractGeneric(
      new URL(url),
      docFromHtml(`<html lang="es"><body>${state('$459.00')}</body></html>`, url),
    );
    expect(o?.orderId).toBe('PO-211-12345678901234569');
    expect(o?.amounts.total).toBeUndefined();
  });

  it('JSON state date printed day first is read by the page locale only', () => {
    const html = (lang: string) =>
      `<html lang="${lang}"><body><script>window.__INITIAL_STATE__ = ${JSON.stringify({
        order: { orderSn: '240305ABCDEF19', orderDate: '05/03/2024 14:22' },
      })};</script></body></html>`;
    expect(readStructured(docFromHtml(html('vi')), { order: 'dmy' }).placedAt).toBe('2024-03-05');
    expect(readStructured(docFromHtml(html('en'))).placedAt).toBeUndefined();
  });
});
