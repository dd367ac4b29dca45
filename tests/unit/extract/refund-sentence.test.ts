import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

const order = (host: string, lines: string[]) =>
  extractGeneric(new URL(`https://${host}/order/1234567`), docFromHtml(lines.map((l) => `<p>${l}</p>`).join('')))[0];

describe('a refund stated mid-sentence', () => {
  it('reads an English sentence with a site-dollar amount', () => {
    const o = order('www.amazon.ca', [
      'Order # 702-1234567-1234567',
      'Order Total: CDN$ 14.99',
      'We have issued a refund of CDN$ 14.99 to your card.',
    ]);
    expect(o?.amounts.refund).toEqual({ amount: 14.99, currency: 'CAD' });
    expect(o?.provenance['amounts.refund']).toMatch(/refund sentence/);
  });

  it('reads a refund label printed after another value on one line', () => {
    const o = order('www.amazon.ca', [
      'Order # 702-1234567-1234567',
      'Total for this Order: $14.99',
      'Refund date: Sept. 21 2024 Refund Amount: $14.99',
    ]);
    expect(o?.amounts.refund).toEqual({ amount: 14.99, currency: 'CAD' });
  });

  it('reads a German sentence ("Erstattung über …")', () => {
    const o = order('www.amazon.de', [
      'Bestellnummer 302-1234567-1234567',
      'Gesamtsumme: 25,29 €',
      'Wir haben eine Erstattung über 12,50 € veranlasst.',
    ]);
    expect(o?.amounts.refund).toEqual({ amount: 12.5, currency: 'EUR' });
  });

  it('reads a French sentence ("remboursement de …")', () => {
    const o = order('www.amazon.fr', [
      'Numéro de commande 402-1234567-1234567',
      'Montant total : 30,00 €',
      'Un remboursement de 9,99 € a été effectué sur votre carte.',
    ]);
    expect(o?.amounts.refund).toEqual({ amount: 9.99, currency: 'EUR' });
  });

  it('leaves it unknown when the sentence holds two amounts', () => {
    const o = order('www.amazon.com', [
      'Order # 112-1234567-1234567',
      'Order Total: $40.00',
      'A refund of $14.99 was issued; $25.01 remains charged.',
    ]);
    expect(o?.amounts.total).toEqual({ amount: 40, currency: 'USD' });
    expect(o?.amounts.refund).toBeUndefined();
  });

  it('leaves it unknown for a refund promised "up to" an amount, or a word like "refundable"', () => {
    const o = order('www.amazon.com', [
      'Order # 112-1234567-1234567',
      'Order Total: $40.00',
      'You may receive a refund of up to $14.99.',
      'Non-refundable $5.00 fee.',
    ]);
    expect(o?.amounts.refund).toBeUndefined();
  });

  it('leaves it unknown when the stated refund exceeds the order total', () => {
    const o = order('www.amazon.de', [
      'Bestellnummer 302-1234567-1234567',
      'Gesamtsumme: 10,00 €',
      'Erstattung über 120,00 € für eine andere Bestellung.',
    ]);
    expect(o?.amounts.refund).toBeUndefined();
  });
});
