/**
 * Order numbers named in a chat: the marketplace's own shapes, plus any code written after an "order"
 * keyword (订单号, 訂單編號, order no., order #), which catches platforms whose numbers are plain digits.
 */
const KEYWORD =
  /(?:订单编号|订单号|訂單編號|訂單號碼|订单|訂單|order\s*(?:no\.?|number|id|#)|order)\s*[:：#]?\s*([A-Z0-9][A-Z0-9-]{5,39})/gi;

/** Query parameters marketplaces put an order number in. */
const PARAMS = ['orderid', 'order_id', 'orderno', 'order_no', 'orderNumber', 'bizorderid', 'fromorder', 'order'];

function plausible(id: string): boolean {
  // At least three digits, so words after "order" ("order status") are not taken for numbers.
  return (id.match(/\d/g)?.length ?? 0) >= 3 && !/^-|-$/.test(id);
}

/** Order numbers in a text, each once, in order of first mention. */
export function orderNumbersIn(text: string, patterns: readonly RegExp[]): string[] {
  const found: { at: number; id: string }[] = [];
  for (const re of patterns) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(g)) found.push({ at: m.index, id: m[1] ?? m[0] });
  }
  for (const m of text.matchAll(KEYWORD)) {
    const id = m[1]!.replace(/-+$/, '');
    if (plausible(id)) found.push({ at: m.index + m[0].indexOf(m[1]!), id });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}

/** Order numbers in a page address: known query parameters, then the marketplace's shapes in the path. */
export function orderNumbersInUrl(raw: string, patterns: readonly RegExp[]): string[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [];
  }
  const ids: string[] = [];
  for (const [k, v] of url.searchParams) {
    if (PARAMS.includes(k.toLowerCase()) && plausible(v) && /^[A-Z0-9-]{6,40}$/i.test(v)) ids.push(v);
  }
  ids.push(
    ...orderNumbersIn(decodeURIComponent(url.pathname), patterns).filter((id) =>
      patterns.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(id)),
    ),
  );
  return [...new Set(ids)];
}
