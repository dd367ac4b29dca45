import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/** An order page with a delivery block: a heading, then one element per line. */
const page = (id: string, blocks: string) =>
  docFromHtml(
    `<main><div>Order number ${id}</div><div class="cols">${blocks}` +
      `<div class="pay"><h5>Payment method</h5><div>Visa ending in 1234</div></div></div></main>`,
  );
const box = (heading: string, lines: string[]) =>
  `<div class="addr"><h5>${heading}</h5><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul></div>`;
const url = new URL('https://shop.example.com/orders/111-2223334-4445556');
const opts = { includeAddress: true };

describe('the delivery address under its heading, per language', () => {
  it('en "Ship to": the recipient, then the address lines up to the next label', () => {
    const doc = page(
      '111-2223334-4445556',
      box('Ship to', ['Jamie Ross', '221 Elm Grove Street', 'Sampleton, ON A1A 1A1', 'Canada']),
    );
    const [o] = extractGeneric(url, doc, opts);
    expect([o?.recipient, o?.address, o?.addressShown]).toEqual([
      'Jamie Ross',
      '221 Elm Grove Street, Sampleton, ON A1A 1A1, Canada',
      true,
    ]);
  });

  it('de "Versandadresse"', () => {
    const doc = page(
      '302-1234567-1234567',
      box('Versandadresse', ['Max Mustermann', 'Musterstraße 1', '10115 Berlin', 'Deutschland']),
    );
    const [o] = extractGeneric(new URL('https://shop.example.de/bestellung/302-1234567-1234567'), doc, opts);
    expect([o?.recipient, o?.address]).toEqual(['Max Mustermann', 'Musterstraße 1, 10115 Berlin, Deutschland']);
  });

  it('ja "お届け先"', () => {
    const doc = page('250-1234567-7654321', box('お届け先', ['山田 太郎', '〒150-0001', '東京都渋谷区神宮前1-2-3']));
    const [o] = extractGeneric(new URL('https://shop.example.co.jp/orders/250-1234567-7654321'), doc, opts);
    expect([o?.recipient, o?.address]).toEqual(['山田 太郎', '〒150-0001, 東京都渋谷区神宮前1-2-3']);
  });

  it('without the opt-in only the fact that an address is shown is kept', () => {
    const doc = page('111-2223334-4445556', box('Shipping Address', ['Jamie Ross', '221 Elm Grove Street']));
    const [o] = extractGeneric(url, doc);
    expect([o?.recipient, o?.address, o?.addressShown]).toEqual([undefined, undefined, true]);
  });

  it('two different delivery blocks: which is the order’s is unknown, nothing is read', () => {
    const doc = page(
      '111-2223334-4445556',
      box('Ship to', ['Jamie Ross', '221 Elm Grove Street']) + box('Ship to', ['Alex Doe', '9 Pine Road']),
    );
    const [o] = extractGeneric(url, doc, opts);
    expect([o?.recipient, o?.address, o?.addressShown]).toEqual([undefined, undefined, undefined]);
  });

  it('a first line that is no name (digits) gives neither recipient nor address; a billing address is not read', () => {
    const doc = page(
      '111-2223334-4445556',
      box('Ship to', ['221 Elm Grove Street', 'Sampleton']) +
        box('Billing address', ['Jamie Ross', '221 Elm Grove Street']),
    );
    const [o] = extractGeneric(url, doc, opts);
    expect([o?.recipient, o?.address]).toEqual([undefined, undefined]);
  });

  it('"Recipient:" / "Empfänger" with a name: the name alone', () => {
    const en = page('111-2223334-4445556', '<div>Recipient:</div><div>Jamie Ross</div>');
    expect(extractGeneric(url, en, opts)[0]?.recipient).toBe('Jamie Ross');
    const de = page('D01-1234567-1234567', '<div>Empfänger</div><div>Max Mustermann</div>');
    const [o] = extractGeneric(new URL('https://shop.example.de/bestellung/D01-1234567-1234567'), de, opts);
    expect([o?.recipient, o?.address]).toEqual(['Max Mustermann', undefined]);
  });
});
