import { parseDate } from '../extract/dates';
import { parseMoney } from '../extract/money';
import type { Money } from '../schemas/order';
import type { RecipeField } from '../schemas/recipe';

/** A value as a field holds it: text, an ISO date, or money. */
export type FieldValue =
  { kind: 'text'; text: string } | { kind: 'date'; date: string } | { kind: 'money'; money: Money };

const BARE_SIGN = /[$¥￥]/;
const NAMED = /(?:US|MX|CA|C|AU|A|HK|NT|S|R|CN|JP)[$¥￥]|\b[A-Z]{3}\b/;
const ID = /^[A-Z0-9][A-Z0-9-]{3,40}$/i;

/**
 * The value of `text` for `field`, or undefined when the text is not plausibly that field. Strict on
 * purpose (wrong is worse than missing): a whole amount with its currency mark and nothing else, a
 * date with its year, an id of letters, digits and dashes with some digits, a short name.
 */
export function plausible(field: RecipeField, raw: string, currency?: string): FieldValue | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 120) return undefined;
  switch (field) {
    case 'total': {
      // One number, and no words beyond a currency code or sign ("US$14.99", "1.234,56 €", "CDN$ 5").
      if ((text.match(/\d[\d.,\s']*\d|\d/g) ?? []).length !== 1) return undefined;
      if ((text.match(/\p{L}+/gu) ?? []).some((w) => w.length > 3)) return undefined;
      // A bare "$" or "¥" is the site's currency (C$ on amazon.ca, CNY or JPY): unknown unless the page says.
      if (BARE_SIGN.test(text) && !NAMED.test(text) && !currency) return undefined;
      const money = parseMoney(text, currency);
      return money && money.amount >= 0 ? { kind: 'money', money } : undefined;
    }
    case 'placedAt':
    case 'deliveredAt': {
      if (text.length > 60) return undefined;
      const date = parseDate(text);
      return date ? { kind: 'date', date } : undefined;
    }
    case 'orderId':
    case 'trackingNumber': {
      const id = text.replace(/^[#№]\s*/, '');
      return ID.test(id) && /\d{3,}/.test(id) ? { kind: 'text', text: id } : undefined;
    }
    default: {
      // A name (seller, carrier, status, payment method): words, short, not an amount or a date.
      if (text.length > 80 || text.split(' ').length > 10 || !/\p{L}/u.test(text)) return undefined;
      if (parseDate(text) || (/\d/.test(text) && parseMoney(text))) return undefined;
      return { kind: 'text', text };
    }
  }
}

/** The value as a correction stores it: a total is its amount, a date YYYY-MM-DD, anything else text. */
export function correctionValue(value: FieldValue): string | number {
  return value.kind === 'money' ? value.money.amount : value.kind === 'date' ? value.date : value.text;
}

/** A stable text of a value, to compare what a recipe found with what the reader read. */
export function valueKey(value: FieldValue): string {
  return value.kind === 'money'
    ? `${value.money.amount} ${value.money.currency}`
    : value.kind === 'date'
      ? value.date
      : value.text;
}
