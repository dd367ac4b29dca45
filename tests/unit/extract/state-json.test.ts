import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../utils/extract/money';
import { readStructured } from '../../../utils/extract/structured';
import { docFromHtml } from '../../support/dom';

/**
 * Order JSON embedded in a page, in the shapes public sources show (written here, not copied): Lazada's
 * mtop order-detail components (ashishsvkumar/selfService src/mockData/o5.ts) and Shopee's order JSON
 * (total_amount beside currency, Shopee Open Platform v2 get_order_detail).
 */
const page = (state: unknown) =>
  docFromHtml(`<body><p>Order 8482900520166</p><script>window.__state__ = ${JSON.stringify(state)};</script></body>`);

describe('order JSON in a page script', () => {
  it('reads an ISO code run into its digits ("SGD69.89")', () => {
    expect(parseMoney('SGD69.89')).toEqual({ amount: 69.89, currency: 'SGD' });
    expect(parseMoney('-SGD0.50')).toEqual({ amount: -0.5, currency: 'SGD' });
    expect(parseMoney('PHP1,299.00')).toEqual({ amount: 1299, currency: 'PHP' });
    expect(parseMoney('EUROPE 5')).toBeUndefined();
  });

  it("reads Lazada's detailInfo and totalSummary components: date and total", () => {
    const facts = readStructured(
      page({
        data: {
          data: {
            detailInfo_1: {
              tag: 'detailInfo',
              id: '8482900520166',
              fields: { createdAt: 'Placed on 29 Jan 2019  00:47:37', total: 'SGD69.89', tradeOrderId: 8482900520166 },
            },
            totalSummary_1: {
              tag: 'totalSummary',
              fields: { total: 'SGD69.89', fees: [{ key: 'Subtotal', value: 'SGD64.40' }] },
            },
            orderItem_2: {
              tag: 'orderItem',
              fields: { tradeOrderId: '8482900520166', price: 'SGD6.00', total: 'SGD6.00' },
            },
          },
        },
      }),
    );
    expect(facts.orderId).toBe('8482900520166');
    expect(facts.placedAt).toBe('2019-01-29');
    expect(facts.total).toEqual({ amount: 69.89, currency: 'SGD' });
  });

  it("reads Shopee's total_amount with its currency, and nothing when two orders' totals differ", () => {
    const one = readStructured(
      page({ response: { order_list: [{ order_sn: '220110DYQX6AH5', currency: 'MYR', total_amount: 45.9 }] } }),
    );
    expect(one.total).toEqual({ amount: 45.9, currency: 'MYR' });
    const two = readStructured(
      page({
        response: {
          order_list: [
            { order_sn: '220110DYQX6AH5', currency: 'MYR', total_amount: 45.9 },
            { order_sn: '220110DYG3DRAK', currency: 'MYR', total_amount: 12 },
          ],
        },
      }),
    );
    expect(two.total).toBeUndefined();
  });
});
