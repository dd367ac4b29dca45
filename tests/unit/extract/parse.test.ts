import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../utils/extract/dates';
import { parseMoney, parseNumber } from '../../../utils/extract/money';
import { carrierFor, findTracking } from '../../../utils/extract/tracking';

describe('parseMoney', () => {
  it.each([
    ['1.234,56 €', undefined, 1234.56, 'EUR'],
    ['€1.234,56', undefined, 1234.56, 'EUR'],
    ['EUR 12,99', undefined, 12.99, 'EUR'],
    ['￥1,234.00', undefined, 1234, 'CNY'],
    ['¥88.00', 'CNY', 88, 'CNY'],
    ['¥1,280', 'JPY', 1280, 'JPY'],
    ['CN¥ 35.00', 'USD', 35, 'CNY'],
    ['RMB 11.20', undefined, 11.2, 'CNY'],
    ['MX$1,234.50', undefined, 1234.5, 'MXN'],
    ['$1,234.50', 'MXN', 1234.5, 'MXN'],
    ['$13.99', 'USD', 13.99, 'USD'],
    ['CA$ 20.00', undefined, 20, 'CAD'],
    ['£87.40', undefined, 87.4, 'GBP'],
    ['USD 17.71', 'GBP', 17.71, 'USD'],
    ['-$1.40', 'USD', -1.4, 'USD'],
    ['R$ 1.234,56', undefined, 1234.56, 'BRL'],
    ['1 234,56 zł', undefined, 1234.56, 'PLN'],
    ['₹1,23,456.00', undefined, 123456, 'INR'],
    ['US $15.20', undefined, 15.2, 'USD'],
    // eBay's country letters apart from the sign
    ['C $45.99', 'USD', 45.99, 'CAD'],
    ['AU $12.00', 'USD', 12, 'AUD'],
    ['A $5 coupon', 'USD', 5, 'USD'],
    // a sign the site does not use is never taken for the site's currency
    ['1 520,00 ₽', 'USD', 1520, 'RUB'],
    ['120,00 руб.', 'USD', 120, 'RUB'],
    ['NZ$12.50', 'USD', 12.5, 'NZD'],
    ['1 299 Kč', 'EUR', 1299, 'CZK'],
    ['AED 99.00', undefined, 99, 'AED'],
    // "kr" is the site's own crowns; a Chilean or Colombian "$" the site's pesos
    ['249,00 kr', 'SEK', 249, 'SEK'],
    ['kr 1.299,00', 'DKK', 1299, 'DKK'],
    ['1 299,00 kr', 'NOK', 1299, 'NOK'],
    ['NOK 99,00', 'SEK', 99, 'NOK'],
    ['$12.990', 'CLP', 12990, 'CLP'],
  ])('%s (site currency %s) is %d %s', (text, site, amount, currency) => {
    expect(parseMoney(text, site)).toEqual({ amount, currency });
  });

  it.each(['', 'free', 'Total', 'n/a'])('%j is no amount', (text) => {
    expect(parseMoney(text, 'USD')).toBeUndefined();
  });

  it('leaves crowns unknown where the site does not say whose: Swedish, Danish, Norwegian and Icelandic all write kr', () => {
    expect(parseMoney('249,00 kr', undefined)).toBeUndefined();
    expect(parseMoney('249,00 kr', 'EUR')).toBeUndefined();
  });

  it.each(['CNY', 'EUR', 'JPY', 'GBP'])(
    'leaves a bare "$" unknown on a site priced in %s: some dollar the page does not name',
    (site) => {
      expect(parseMoney('$12.50', site)).toBeUndefined();
    },
  );

  it('reads a bare "$" as the site\'s own dollar', () => {
    expect(parseMoney('$12.50', 'CAD')).toEqual({ amount: 12.5, currency: 'CAD' });
    expect(parseMoney('US$12.50', 'CNY')).toEqual({ amount: 12.5, currency: 'USD' });
  });

  it('reads a site whose pesos are written with dots between thousands as thousands, not cents', () => {
    expect(parseMoney('$12.990', 'COP')).toEqual({ amount: 12990, currency: 'COP' });
    expect(parseMoney('$12.99', 'USD')).toEqual({ amount: 12.99, currency: 'USD' });
  });

  it('does not take words for currencies', () => {
    expect(parseMoney('Kreditkarte 12', undefined)).toBeUndefined();
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('12,34')).toBe(12.34);
  });
});

describe('parseDate', () => {
  it.each([
    ['November 2, 2019', '2019-11-02'],
    ['2 November 2019', '2019-11-02'],
    ['Dec 9, 2023', '2023-12-09'],
    ['Ordered on December 7, 2023', '2023-12-07'],
    ['Digital Order: 9 Oct. 2019', '2019-10-09'],
    ['Bestellung aufgegeben am 2. November 2019', '2019-11-02'],
    ['14. März 2024', '2024-03-14'],
    ['Commande effectuée le 3 février 2024', '2024-02-03'],
    ['Pedido realizado el 2 de noviembre de 2019', '2019-11-02'],
    ['Ordine effettuato il 12 settembre 2023', '2023-09-12'],
    ['2 listopada 2019', '2019-11-02'],
    ['5 de janeiro de 2025', '2025-01-05'],
    ['注文日 2019年10月9日', '2019-10-09'],
    ['2019/10/09', '2019-10-09'],
    ['2022-10-14', '2022-10-14'],
    ['2022年10月14日', '2022-10-14'],
    ['下单时间：2025-03-08 10:21:33', '2025-03-08'],
    ['14.10.2022', '2022-10-14'],
    // eBay Selling Manager / Seller Hub tables (US month first, UK and AU day first; the month is a word)
    ['Mar-31-18', '2018-03-31'],
    ['Sale date Mar-31-2018', '2018-03-31'],
    ['31-Mar-18', '2018-03-31'],
    // Numeric dates whose order a part above 12 settles: es-MX/th/vi day first, en-US month first
    ['Fecha del pedido: 25/05/2025', '2025-05-25'],
    ['Order date 05/25/2025', '2025-05-25'],
    ['25-05-2025 14:20', '2025-05-25'],
    ['2025. 5. 25.', '2025-05-25'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('reads a yearless date only with an order date to anchor it', () => {
    expect(parseDate('Delivered November 2')).toBeUndefined();
    expect(parseDate('Delivered November 2', { notBefore: '2024-11-01' })).toBe('2024-11-02');
    expect(parseDate('Delivered January 3', { notBefore: '2024-12-28' })).toBe('2025-01-03');
    expect(parseDate('10月14日', { notBefore: '2024-09-30' })).toBe('2024-10-14');
  });

  it.each([
    'February 30, 2024',
    'Order 12, 2019',
    '13/13/2020',
    'no date here',
    '05/03/2025',
    'SKU-12-2024',
    'Foo-31-18',
    '25/05/2568',
  ])('%s is no date', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('tracking numbers', () => {
  it.each([
    ['1Z999AA10123456784', 'UPS'],
    ['9400111899223344556677', 'USPS'],
    ['SF1234567890123', '顺丰速运 SF Express'],
    ['LP00123456789012', '菜鸟 Cainiao'],
    ['EA123456789CN', 'EMS'],
    ['YT7512345678901', '圆通 YTO'],
    ['JDX012345678901', '京东物流 JD Logistics'],
    ['TBA123456789012', 'Amazon Logistics'],
  ])('%s is %s by its shape', (n, carrier) => {
    expect(carrierFor(n)).toBe(carrier);
    expect(findTracking(`Package ${n} shipped`)).toEqual([{ trackingNumber: n, carrier, by: 'shape' }]);
  });

  it('attributes bare numbers only beside a tracking label, by the carrier named nearby', () => {
    expect(findTracking('中通快递 运单号：78123456789012')).toEqual([
      { trackingNumber: '78123456789012', carrier: '中通 ZTO', by: 'label' },
    ]);
    expect(findTracking('韵达快递 快递单号: 4312345678901')).toEqual([
      { trackingNumber: '4312345678901', carrier: '韵达 Yunda', by: 'label' },
    ]);
    expect(findTracking('FedEx tracking number 771234567890')).toEqual([
      { trackingNumber: '771234567890', carrier: 'FedEx', by: 'label' },
    ]);
    expect(findTracking('DHL Tracking: 1234567890')).toEqual([
      { trackingNumber: '1234567890', carrier: 'DHL', by: 'label' },
    ]);
    expect(findTracking('Order 771234567890 placed')).toEqual([]);
    expect(findTracking('Tracking number 12345678901234 (carrier unknown)')).toEqual([
      { trackingNumber: '12345678901234', by: 'label' },
    ]);
  });
});
