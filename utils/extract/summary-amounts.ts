import type { Money, Order } from '../schemas/order';
import { labelledAll } from './dom';
import { cents, parseMoney } from './money';

/** The summary's amounts whose first reading may be an item's own (an item card's "Subtotal:" above the order's). */
const SETTLED = ['subtotal', 'shipping', 'tax'] as const;
type Settled = (typeof SETTLED)[number];
type Field = Settled | 'discount' | 'total';

interface Reading {
  /** The index of the label's line. */
  at: number;
  money: Money;
}

/** Every amount printed beside `label`, with the index of its label's line, in page order. */
function readingsOf(lines: readonly string[], label: RegExp, value: RegExp, currency: string | undefined): Reading[] {
  const out: Reading[] = [];
  let from = 0;
  for (const l of labelledAll(lines, label, (v) => value.test(v), 200)) {
    // labelledAll keeps page order: the line is the first one like it from the last reading on.
    const at = lines.indexOf(l.line, from);
    from = at + 1;
    const money = parseMoney(l.value, currency);
    if (money && at >= 0) out.push({ at, money });
  }
  return out;
}

/** How many different amounts: the same number in another sign ("$14.99" and "US$14.99") is one. */
const distinct = (rs: readonly Reading[]) => new Set(rs.map((r) => cents(r.money))).size;

interface Group {
  total: Reading;
  amounts: SummaryParts;
}

/** A summary's parts: what the order cost before shipping, tax and discount, and those. */
export type SummaryParts = Partial<Record<Settled | 'discount', Money>>;

/**
 * Whether subtotal + shipping + tax − discount is `total`, within a cent and in one currency: `'with tax'`; or
 * the same without the tax (prices shown with tax in them: then the tax is not proved), `'without tax'`.
 */
export function addsUp(parts: SummaryParts, total: Money): 'with tax' | 'without tax' | undefined {
  const { subtotal, shipping, tax, discount } = parts;
  if (!subtotal || total.currency !== subtotal.currency) return undefined;
  const part = (m: Money | undefined) => (!m ? 0 : m.currency === subtotal.currency ? cents(m) : NaN);
  const base = cents(subtotal) + part(shipping) - Math.abs(part(discount));
  const fits = (sum: number) => Number.isFinite(sum) && Math.abs(sum - cents(total)) <= 1;
  if (tax && fits(base + part(tax))) return 'with tax';
  return fits(base) ? 'without tax' : undefined;
}

/**
 * Whether the totals printed after the order's are only it again or its subtotal: a different one after it
 * may be what was charged once a gift card was taken off, and then the order's total is not known.
 */
export function onlyRepeatsAfter(later: readonly Money[], total: Money, subtotal: Money | undefined): boolean {
  return later.every((t) => cents(t) === cents(total) || (subtotal !== undefined && cents(t) === cents(subtotal)));
}

/**
 * The summaries printed on the page that add up (addsUp): each total with the last subtotal, shipping, tax and
 * discount printed after the total before it (an item card's own, or the order's summary).
 */
function summariesThatAddUp(readings: Record<Field, Reading[]>): Group[] {
  const groups: Group[] = [];
  let from = -1;
  for (const total of readings.total) {
    const after = from;
    const last = (f: Settled | 'discount') => readings[f].filter((r) => r.at > after && r.at < total.at).at(-1)?.money;
    const parts: SummaryParts = {
      subtotal: last('subtotal'),
      shipping: last('shipping'),
      tax: last('tax'),
      discount: last('discount'),
    };
    from = total.at;
    const fit = addsUp(parts, total.money);
    if (fit) groups.push({ total, amounts: { ...parts, tax: fit === 'with tax' ? parts.tax : undefined } });
  }
  return groups;
}

/**
 * The order's summary among those that add up: the only one, or the one whose subtotal is the sum of the
 * others' (the items' own summaries above the order's). And no different total printed after it but its
 * subtotal (a total after it may be what was charged once a gift card was taken off: then it is unknown).
 */
function orderSummary(all: readonly Group[], totals: readonly Reading[]): Group | undefined {
  // The same summary printed again (a copy for screen readers, in another sign) is one summary.
  const keyOf = (g: Group) =>
    [g.amounts.subtotal, g.amounts.shipping, g.amounts.tax, g.amounts.discount, g.total.money]
      .map((m) => (m ? cents(m) : ''))
      .join(' ');
  const groups = all.filter((g, i) => all.findIndex((o) => keyOf(o) === keyOf(g)) === i);
  const sumOthers = (g: Group) =>
    groups.filter((o) => o !== g).reduce((n, o) => n + (o.amounts.subtotal ? cents(o.amounts.subtotal) : NaN), 0);
  const found =
    groups.length === 1
      ? groups
      : groups.filter((g) => g.amounts.subtotal && Math.abs(sumOthers(g) - cents(g.amounts.subtotal)) <= 1);
  const group = found.length === 1 ? found[0]! : undefined;
  if (!group) return undefined;
  const later = totals.filter((t) => t.at > group.total.at).map((t) => t.money);
  return onlyRepeatsAfter(later, group.total.money, group.amounts.subtotal) ? group : undefined;
}

/**
 * The one of several different amounts printed beside a label that is the sum of all the others (the
 * items' own subtotals, shippings or taxes above the order's): the order's.
 */
function sumOfTheOthers(rs: readonly Reading[]): Money | undefined {
  const found = rs.filter((r) => {
    const others = rs.filter((o) => cents(o.money) !== cents(r.money));
    return (
      others.length >= 2 &&
      others.every((o) => o.money.currency === r.money.currency) &&
      Math.abs(others.reduce((n, o) => n + cents(o.money), 0) - cents(r.money)) <= 1
    );
  });
  return distinct(found) === 1 ? found[0]!.money : undefined;
}

/**
 * The label reading `o` with its subtotal, shipping and tax the order's. Where a page prints several
 * different amounts beside one of these labels (each item card its own "Subtotal:" / "Shipping:" / "Tax:"
 * above the order's summary), the first is not proved the order's: the order's is the one its summary adds
 * up to a total with (orderSummary), or the sum of all the others (sumOfTheOthers); else it stays unknown.
 * One amount, however often printed, stays as read. Taxes under different labels summed (o.taxLines) are a
 * breakdown, not items': the tax is left as read.
 */
export function settleSummary(
  o: Order,
  lines: readonly string[],
  labels: Record<Field, RegExp>,
  value: RegExp,
  currency: string | undefined,
): Order {
  const readings = Object.fromEntries(
    (Object.keys(labels) as Field[]).map((f) => [f, readingsOf(lines, labels[f], value, currency)]),
  ) as Record<Field, Reading[]>;
  const several = SETTLED.filter((f) => o.amounts[f] && distinct(readings[f]) > 1 && !(f === 'tax' && o.taxLines));
  if (!several.length) return o;
  const summary = orderSummary(summariesThatAddUp(readings), readings.total);
  const proven = new Map<Settled, { money: Money; how: string }>();
  for (const f of several) {
    const bySummary = summary?.amounts[f];
    const money = bySummary ?? sumOfTheOthers(readings[f]);
    const how = bySummary ? 'the one of the summary that adds up to its total' : 'the sum of the others';
    if (money) proven.set(f, { money, how: `label: of the ${f} amounts printed, ${how}` });
  }
  // The unproven ones leave, with where they were read.
  const unsettled = new Set<string>(several.flatMap((f) => [f, `amounts.${f}`]));
  const keep = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([k]) => !unsettled.has(k)));
  const amounts: Order['amounts'] = keep(o.amounts);
  const provenance = keep(o.provenance);
  for (const [f, p] of proven) {
    amounts[f] = p.money;
    provenance[`amounts.${f}`] = p.how;
  }
  return { ...o, amounts, provenance };
}
