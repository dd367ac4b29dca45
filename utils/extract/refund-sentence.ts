import type { Money } from '../schemas/order';
import { CN_LABELS, labelRe, ORDER_LABELS } from './labels';
import { parseMoney } from './money';

/** An amount with its currency sign, as a token inside a sentence ("CDN$ 14.99", "$14.99", "14,99 €", "¥30"). */
const AMOUNT =
  "(?:(?:[A-Z]{1,3}\\$|[$€£¥￥₩₹₱฿₫]|R\\$)\\s?\\d[\\d.,'’]*|\\d[\\d.,'’]*\\s?(?:€|zł|kr|元|円|₫)(?![\\w])|\\d[\\d.,'’]*\\s(?:EUR|USD|GBP|CAD|AUD|CHF|PLN|SEK|TRY|CNY|JPY)\\b)";
const AMOUNTS = new RegExp(AMOUNT, 'g');
/** What may stand between the refund word and its amount: a few words, no number, no end of sentence. */
const GAP = '[^\\d.!?。！？\\n]{0,30}?';
/** An amount promised or limited rather than paid back ("a refund of up to $20"). */
const NOT_PAID = /up to|as much as|bis zu|jusqu|hasta|fino a|最多|最高/i;

const refundWords = (): string =>
  `(?:${labelRe(ORDER_LABELS, 'refund').source}|${labelRe(CN_LABELS, 'refund').source})`;

/**
 * A refund stated mid-sentence ("… issued a refund of CDN$ 14.99 to …", "Refund date: … Refund Amount:
 * $14.99", "Wir haben eine Erstattung über 14,99 € veranlasst"): read only from a line where a refund
 * word in the sites' languages is followed within a few words by the amount, and only when that amount is
 * the line's one amount. Never above the order's total. Else unknown.
 */
export function refundInSentence(
  lines: readonly string[],
  currency: string | undefined,
  total: Money | undefined,
): { refund: Money; line: string } | undefined {
  const re = new RegExp(`${refundWords()}(?![A-Za-zÀ-ÿ])(${GAP})(${AMOUNT})`, 'i');
  let found: { refund: Money; line: string } | undefined;
  for (const line of lines) {
    const m = re.exec(line);
    if (!m || NOT_PAID.test(m[1] ?? '')) continue;
    if ((line.match(AMOUNTS) ?? []).length !== 1) continue;
    const refund = parseMoney(m[2]!.trim(), currency);
    if (!refund) continue;
    if (total && (total.currency !== refund.currency || refund.amount > total.amount)) continue;
    // Two lines naming different refunds: which is the order's is unknown.
    if (found && (found.refund.amount !== refund.amount || found.refund.currency !== refund.currency)) return undefined;
    found ??= { refund, line };
  }
  return found;
}
