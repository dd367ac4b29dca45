import { assembleFont, componentsOf, KEEP_TABLES, readTables } from './font-subset';

/**
 * A TrueType font cut down to the characters a report draws, with its glyphs renumbered 0…n and a cmap
 * of its own. Unlike subsetTrueType (which keeps every glyph id, so the cmap, loca and metrics still
 * describe 65 000 glyphs), every table here is as small as the text: pdf-lib and fontkit parse it, measure
 * its glyphs and deflate it in milliseconds, where the glyph-preserving cut of a CJK font cost them about
 * a second per report. Nothing of the 14 MB font is parsed but its cmap entries for these characters.
 */
export function compactTrueType(font: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTables(view);
  const at = (tag: string) => tables.get(tag)!.offset;
  const table = (tag: string) => font.subarray(at(tag), at(tag) + tables.get(tag)!.length);
  const numGlyphs = view.getUint16(at('maxp') + 4);
  const longLoca = view.getInt16(at('head') + 50) === 1;
  const glyphStart = (i: number) =>
    longLoca ? view.getUint32(at('loca') + i * 4) : view.getUint16(at('loca') + i * 2) * 2;
  const glyphBytes = (i: number) => font.subarray(at('glyf') + glyphStart(i), at('glyf') + glyphStart(i + 1));
  const lookup = cmapLookup(view, at('cmap'));

  // Each character the font has, with its glyph; then every glyph a composite one is built from.
  const mapped = new Map<number, number>();
  for (const cp of codePoints) {
    if (mapped.has(cp)) continue;
    const g = lookup(cp);
    if (g > 0 && g < numGlyphs) mapped.set(cp, g);
  }
  const keep = new Set<number>([0]);
  const queue = [...mapped.values()];
  while (queue.length) {
    const g = queue.pop()!;
    if (keep.has(g)) continue;
    keep.add(g);
    const bytes = glyphBytes(g);
    const parts = componentsOf(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    queue.push(...parts.filter((c) => c < numGlyphs && !keep.has(c)));
  }
  const order = [...keep].sort((a, b) => a - b);
  const newId = new Map(order.map((old, i) => [old, i]));

  // glyf and loca (long offsets), components pointing at their new ids.
  const sizes = order.map((g) => (glyphBytes(g).byteLength + 3) & ~3);
  const glyf = new Uint8Array(sizes.reduce((n, s) => n + s, 0));
  const loca = new Uint8Array((order.length + 1) * 4);
  const locaView = new DataView(loca.buffer);
  let offset = 0;
  order.forEach((g, i) => {
    locaView.setUint32(i * 4, offset);
    const bytes = glyphBytes(g);
    glyf.set(bytes, offset);
    renumberComponents(new DataView(glyf.buffer, offset, bytes.byteLength), newId);
    offset += sizes[i]!;
  });
  locaView.setUint32(order.length * 4, offset);

  // Horizontal metrics, one full entry per glyph.
  const oldMetrics = view.getUint16(at('hhea') + 34);
  const hmtx = new Uint8Array(order.length * 4);
  const hmtxView = new DataView(hmtx.buffer);
  order.forEach((g, i) => {
    const full = Math.min(g, oldMetrics - 1);
    hmtxView.setUint16(i * 4, view.getUint16(at('hmtx') + full * 4));
    const lsb =
      g < oldMetrics
        ? view.getInt16(at('hmtx') + g * 4 + 2)
        : view.getInt16(at('hmtx') + oldMetrics * 4 + (g - oldMetrics) * 2);
    hmtxView.setInt16(i * 4 + 2, lsb);
  });
  const hhea = table('hhea').slice();
  new DataView(hhea.buffer).setUint16(34, order.length);
  const maxp = table('maxp').slice();
  new DataView(maxp.buffer).setUint16(4, order.length);
  const head = table('head').slice();
  new DataView(head.buffer).setUint32(8, 0);
  new DataView(head.buffer).setInt16(50, 1);
  // Format 3 post: no glyph names.
  const post = table('post').slice(0, 32);
  if (post.byteLength === 32) new DataView(post.buffer).setUint32(0, 0x00030000);
  const cmap = buildCmap([...mapped].map(([cp, g]) => [cp, newId.get(g)!] as const).sort((a, b) => a[0] - b[0]));

  const built: Record<string, Uint8Array> = { glyf, loca, hmtx, hhea, maxp, head, post, cmap };
  const out = new Map<string, Uint8Array>();
  for (const tag of [...tables.keys()].filter((t) => KEEP_TABLES.has(t)).sort()) out.set(tag, built[tag] ?? table(tag));
  return assembleFont(out);
}

/** Rewrites a composite glyph's component ids (in place) to the cut font's. */
export function renumberComponents(glyph: DataView, newId: ReadonlyMap<number, number>): void {
  if (glyph.byteLength < 10 || glyph.getInt16(0) >= 0) return;
  let at = 10;
  for (;;) {
    const flags = glyph.getUint16(at);
    glyph.setUint16(at + 2, newId.get(glyph.getUint16(at + 2)) ?? 0);
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020) || at + 4 > glyph.byteLength) break;
  }
}

/** The font's character → glyph lookup, from its Unicode cmap (format 12 preferred, else format 4). */
export function cmapLookup(view: DataView, cmapAt: number): (cp: number) => number {
  const count = view.getUint16(cmapAt + 2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmapAt + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmapAt + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) return format12(view, sub);
    if (format === 4) format4 ??= sub;
  }
  if (format4 === undefined) throw new Error('the font has no Unicode cmap');
  return format4Lookup(view, format4);
}

function format12(view: DataView, sub: number): (cp: number) => number {
  const groups = view.getUint32(sub + 12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const g = sub + 16 + mid * 12;
      if (cp < view.getUint32(g)) hi = mid - 1;
      else if (cp > view.getUint32(g + 4)) lo = mid + 1;
      else return view.getUint32(g + 8) + cp - view.getUint32(g);
    }
    return 0;
  };
}

function format4Lookup(view: DataView, sub: number): (cp: number) => number {
  const segX2 = view.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      if (view.getUint16(ends + s) < cp) continue;
      const start = view.getUint16(starts + s);
      if (start > cp) return 0;
      const delta = view.getUint16(deltas + s);
      const range = view.getUint16(ranges + s);
      if (!range) return (cp + delta) & 0xffff;
      const g = view.getUint16(ranges + s + range + 2 * (cp - start));
      return g ? (g + delta) & 0xffff : 0;
    }
    return 0;
  };
}

/** A cmap of a format 4 table (the Basic Multilingual Plane, when it fits) and a format 12 table (all of it). */
function buildCmap(pairs: readonly (readonly [number, number])[]): Uint8Array {
  // Runs of consecutive characters on consecutive glyphs.
  const runs: [number, number, number][] = [];
  for (const [cp, g] of pairs) {
    const last = runs.at(-1);
    if (last && cp === last[1] + 1 && g === last[2] + (cp - last[0])) last[1] = cp;
    else runs.push([cp, cp, g]);
  }
  const f12 = new Uint8Array(16 + runs.length * 12);
  const v12 = new DataView(f12.buffer);
  v12.setUint16(0, 12);
  v12.setUint32(4, f12.byteLength);
  v12.setUint32(12, runs.length);
  runs.forEach(([start, end, g], i) => {
    v12.setUint32(16 + i * 12, start);
    v12.setUint32(20 + i * 12, end);
    v12.setUint32(24 + i * 12, g);
  });
  const bmp = runs.filter(([, end]) => end < 0xffff);
  const segs = bmp.length + 1;
  const f4Length = 16 + segs * 8;
  const f4 = f4Length <= 0xffff ? new Uint8Array(f4Length) : undefined;
  if (f4) {
    const v4 = new DataView(f4.buffer);
    const entrySelector = Math.floor(Math.log2(segs));
    v4.setUint16(0, 4);
    v4.setUint16(2, f4Length);
    v4.setUint16(6, segs * 2);
    v4.setUint16(8, 2 * 2 ** entrySelector);
    v4.setUint16(10, entrySelector);
    v4.setUint16(12, segs * 2 - 2 * 2 ** entrySelector);
    const ends = 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    [...bmp, [0xffff, 0xffff, 0x10000] as [number, number, number]].forEach(([start, end, g], i) => {
      v4.setUint16(ends + i * 2, end);
      v4.setUint16(starts + i * 2, start);
      v4.setUint16(deltas + i * 2, (g - start) & 0xffff);
      // idRangeOffset stays 0: glyph = character + delta.
    });
  }
  const records = f4 ? 2 : 1;
  const out = new Uint8Array(4 + records * 8 + (f4?.byteLength ?? 0) + f12.byteLength);
  const v = new DataView(out.buffer);
  v.setUint16(2, records);
  let rec = 4;
  let offset = 4 + records * 8;
  if (f4) {
    v.setUint16(rec, 3);
    v.setUint16(rec + 2, 1);
    v.setUint32(rec + 4, offset);
    out.set(f4, offset);
    offset += f4.byteLength;
    rec += 8;
  }
  v.setUint16(rec, 3);
  v.setUint16(rec + 2, 10);
  v.setUint32(rec + 4, offset);
  out.set(f12, offset);
  return out;
}
