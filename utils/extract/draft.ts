import type { Money, Order, OrderItem, Shipment, TaxLine } from '../schemas/order';
import type { ExtractOptions } from '../marketplaces/types';

export type AmountField = 'subtotal' | 'shipping' | 'tax' | 'discount' | 'total' | 'refund';
type TextField = 'orderId' | 'status' | 'paymentMethod' | 'seller' | 'recipient' | 'address';
type DateField = 'placedAt' | 'returnBy';

/**
 * Collects one order's fields together with where each came from. Setting a field to undefined is
 * a no-op, so adapters can pass whatever a selector returned without guarding every line; `expect`
 * records what the adapter looked for and did not find.
 */
export class OrderDraft {
  private readonly order: Order;
  private readonly missing: string[] = [];

  constructor(marketplace: string, site: string | undefined, confidence: Order['confidence'] = 'adapter') {
    this.order = {
      marketplace,
      ...(site ? { site } : {}),
      items: [],
      amounts: {},
      shipments: [],
      provenance: {},
      confidence,
    };
  }

  get current(): Readonly<Order> {
    return this.order;
  }

  text(field: TextField, value: string | undefined, source: string): this {
    if (value) {
      this.order[field] = value;
      this.order.provenance[field] = source;
    }
    return this;
  }

  date(field: DateField, iso: string | undefined, source: string): this {
    if (iso) {
      this.order[field] = iso;
      this.order.provenance[field] = source;
    }
    return this;
  }

  money(field: AmountField, value: Money | undefined, source: string): this {
    if (value) {
      this.order.amounts[field] = value;
      this.order.provenance[`amounts.${field}`] = source;
    }
    return this;
  }

  cancelled(source: string): this {
    this.order.cancelled = true;
    this.order.provenance.cancelled = source;
    return this;
  }

  orderType(type: NonNullable<Order['orderType']>, source: string): this {
    this.order.orderType = type;
    this.order.provenance.orderType = source;
    return this;
  }

  /** Tax printed in several lines: each line kept, their sum (one currency only) becomes `amounts.tax`. */
  taxLines(lines: TaxLine[], source: string): this {
    if (!lines.length) return this;
    const currency = lines[0]!.amount.currency;
    if (lines.some((l) => l.amount.currency !== currency)) return this;
    const cents = lines.reduce((s, l) => s + Math.round(l.amount.amount * 100), 0);
    this.money('tax', { amount: cents / 100, currency }, source);
    if (lines.length > 1) {
      this.order.taxLines = lines;
      this.order.provenance.taxLines = source;
    }
    return this;
  }

  addressShown(shown: boolean, source: string): this {
    this.order.addressShown = shown;
    this.order.provenance.addressShown = source;
    return this;
  }

  /** Adds an item; `sources` maps the item's field names to where each was read. */
  item(item: OrderItem, sources: Partial<Record<keyof OrderItem, string>>): this {
    const i = this.order.items.length;
    this.order.items.push(item);
    for (const [k, src] of Object.entries(sources)) {
      if (src && item[k as keyof OrderItem] !== undefined) this.order.provenance[`items.${i}.${k}`] = src;
    }
    return this;
  }

  shipment(shipment: Shipment, sources: Partial<Record<keyof Shipment, string>>): this {
    const i = this.order.shipments.length;
    this.order.shipments.push(shipment);
    for (const [k, src] of Object.entries(sources)) {
      if (src && shipment[k as keyof Shipment] !== undefined) this.order.provenance[`shipments.${i}.${k}`] = src;
    }
    return this;
  }

  /** Notes each named field (dotted path) that is still absent as missing. */
  expect(...fields: string[]): this {
    for (const f of fields) if (this.get(f) === undefined && !this.missing.includes(f)) this.missing.push(f);
    return this;
  }

  private get(path: string): unknown {
    let cur: unknown = this.order;
    for (const part of path.split('.')) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[part];
    }
    if (Array.isArray(cur) && cur.length === 0) return undefined;
    return cur;
  }

  build(options: ExtractOptions = {}): Order {
    const out: Order = { ...this.order, provenance: { ...this.order.provenance } };
    if (!options.includeAddress) {
      delete out.recipient;
      delete out.address;
      delete out.provenance.recipient;
      delete out.provenance.address;
    }
    if (this.missing.length) out.missing = [...this.missing];
    return out;
  }
}

/** An item with only the fields that are present (exactOptionalPropertyTypes-friendly). */
export function compact<T extends object>(obj: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== '') (out as Record<string, unknown>)[k] = v;
  return out;
}

/** "this page has changed" message for an ExtractResult, or undefined when nothing expected is missing. */
export function changedMessage(adapter: string, orders: readonly Order[], what?: string): string | undefined {
  if (what) return `this page has changed: ${adapter}: ${what}`;
  const missing = [...new Set(orders.flatMap((o) => o.missing ?? []))];
  return missing.length ? `this page has changed: ${adapter}: not found: ${missing.join(', ')}` : undefined;
}
