import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { readStructured } from '../../../utils/extract/structured';
import { docFromHtml } from '../../support/dom';

const url = new URL('https://shop.example.org/account/orders/1');

describe('structured data before labels', () => {
  it('schema.org Order in JSON-LD: number, date, seller, total, items, parcel', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'Order',
      orderNumber: 'WX-778812',
      orderDate: '2025-03-03T10:00:00Z',
      orderStatus: 'https://schema.org/OrderInTransit',
      seller: { '@type': 'Organization', name: 'Example Shop' },
      totalPaymentDue: { '@type': 'PriceSpecification', price: '54.20', priceCurrency: 'EUR' },
      acceptedOffer: [
        {
          '@type': 'Offer',
          itemOffered: { '@type': 'Product', name: 'Kettle', sku: 'K-1' },
          price: '54.20',
          priceCurrency: 'EUR',
          eligibleQuantity: { value: 1 },
        },
      ],
      orderDelivery: { '@type': 'ParcelDelivery', trackingNumber: '1Z999AA10123456784', provider: { name: 'UPS' } },
    };
    const doc = docFromHtml(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script><p>Order number: 99999999 Total: $1.00</p>`,
    );
    const [o] = extractGeneric(url, doc);
    expect(o).toMatchObject({
      confidence: 'generic',
      orderId: 'WX-778812',
      placedAt: '2025-03-03',
      status: 'OrderInTransit',
      seller: 'Example Shop',
      amounts: { total: { amount: 54.2, currency: 'EUR' } },
      items: [{ title: 'Kettle', itemId: 'K-1', quantity: 1, unitPrice: { amount: 54.2, currency: 'EUR' } }],
      shipments: [{ trackingNumber: '1Z999AA10123456784', carrier: 'UPS' }],
    });
    expect(o?.provenance.orderId).toBe('json-ld');
  });

  it('microdata Order', () => {
    const doc =
      docFromHtml(`<div itemscope itemtype="http://schema.org/Order"><span itemprop="orderNumber">A-55512345</span>
      <time itemprop="orderDate" datetime="2024-11-02">2 Nov</time>
      <div itemprop="seller" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Shop B</span></div></div>`);
    expect(readStructured(doc)).toMatchObject({
      orderId: 'A-55512345',
      placedAt: '2024-11-02',
      seller: 'Shop B',
      source: 'microdata',
    });
  });

  it('JSON state in a script: one order id and tracking number are taken, printed totals only', () => {
    const doc = docFromHtml(
      `<script>window.__INITIAL_STATE__ = {"order":{"orderId":"5551234567","totalFormatted":"€12,50","total":1250,"shipment":{"trackingNumber":"JJD000390012345678901","carrierName":"DHL"}}};</script>`,
    );
    expect(readStructured(doc)).toMatchObject({
      orderId: '5551234567',
      total: { amount: 12.5, currency: 'EUR' },
      shipments: [{ trackingNumber: 'JJD000390012345678901', carrier: 'DHL' }],
      source: 'script state',
    });
  });

  it('two different order ids in the state: neither is taken', () => {
    const doc = docFromHtml(
      `<script type="application/json">{"orders":[{"orderId":"5551234567"},{"orderId":"5559876543"}]}</script>`,
    );
    expect(readStructured(doc).orderId).toBeUndefined();
  });

  it('a bare number in state is never an amount (it may be cents)', () => {
    const doc = docFromHtml(`<script type="application/json">{"orderId":"5551234567","orderTotal":1250}</script>`);
    expect(readStructured(doc).total).toBeUndefined();
  });
});
