/**
 * A glyph-preserving TrueType subset: every glyph outline the text does not use is emptied, glyph ids
 * stay as they are, and tables a PDF does not need (layout, vertical metrics, glyph names) are dropped.
 *
 * Why not pdf-lib's own `subset: true`: with @pdf-lib/fontkit 1.1 it produced fonts that poppler
 * could not draw (CFF fonts not at all, TrueType CJK fonts with most glyphs missing). Keeping ids
 * unchanged means the cmap, the metrics and pdf-lib's width tables all stay valid, and a
 * 10 MB CJK font shrinks to the few hundred KB of cmap and metrics plus the outlines used.
 */

export const KEEP_TABLES = new Set([
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'glyf',
  'loca',
  'cvt ',
  'fpgm',
  'prep',
  'gasp',
]);

export interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

export function readTables(view: DataView): Map<string, TableRecord> {
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565)
    throw new Error('Not a TrueType font (glyf outlines are required)');
  const count = view.getUint16(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(at),
      view.getUint8(at + 1),
      view.getUint8(at + 2),
      view.getUint8(at + 3),
    );
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > view.byteLength) throw new Error(`Font table ${tag} runs past the end of the file`);
    tables.set(tag, { tag, offset, length });
  }
  for (const need of ['head', 'maxp', 'loca', 'glyf', 'hmtx', 'hhea', 'cmap']) {
    if (!tables.has(need)) throw new Error(`Font has no ${need} table`);
  }
  return tables;
}

/** Components of a composite glyph, which must be kept with it. */
export function componentsOf(glyph: DataView): number[] {
  if (glyph.byteLength < 10 || glyph.getInt16(0) >= 0) return [];
  const out: number[] = [];
  let at = 10;
  for (;;) {
    const flags = glyph.getUint16(at);
    out.push(glyph.getUint16(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020) || at + 4 > glyph.byteLength) break;
  }
  return out;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.byteLength + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

export function subsetTrueType(font: Uint8Array, glyphIds: Iterable<number>): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTables(view);
  const table = (tag: string) => {
    const t = tables.get(tag)!;
    return font.subarray(t.offset, t.offset + t.length);
  };
  const head = tables.get('head')!;
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const numGlyphs = view.getUint16(tables.get('maxp')!.offset + 4);
  const loca = tables.get('loca')!;
  const glyf = tables.get('glyf')!;
  const glyphStart = (i: number) =>
    longLoca ? view.getUint32(loca.offset + i * 4) : view.getUint16(loca.offset + i * 2) * 2;
  const glyphBytes = (i: number) => font.subarray(glyf.offset + glyphStart(i), glyf.offset + glyphStart(i + 1));

  const keep = new Set<number>([0]);
  const queue = [...glyphIds].filter((g) => Number.isInteger(g) && g >= 0 && g < numGlyphs);
  while (queue.length) {
    const g = queue.pop()!;
    if (keep.has(g)) continue;
    keep.add(g);
    const bytes = glyphBytes(g);
    queue.push(
      ...componentsOf(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).filter(
        (c) => c < numGlyphs && !keep.has(c),
      ),
    );
  }

  let glyfSize = 0;
  for (const g of keep) glyfSize += (glyphBytes(g).byteLength + 3) & ~3;
  const newGlyf = new Uint8Array(glyfSize);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = new DataView(newLoca.buffer);
  let offset = 0;
  for (let g = 0; g < numGlyphs; g++) {
    locaView.setUint32(g * 4, offset);
    if (keep.has(g)) {
      const bytes = glyphBytes(g);
      newGlyf.set(bytes, offset);
      offset += (bytes.byteLength + 3) & ~3;
    }
  }
  locaView.setUint32(numGlyphs * 4, offset);

  const newHead = table('head').slice();
  const headView = new DataView(newHead.buffer);
  headView.setUint32(8, 0);
  headView.setInt16(50, 1);
  // Format 3 post: the same metrics without 65,000 glyph names.
  const newPost = table('post').slice(0, 32);
  if (newPost.byteLength === 32) new DataView(newPost.buffer).setUint32(0, 0x00030000);

  const out = new Map<string, Uint8Array>();
  for (const tag of [...tables.keys()].filter((t) => KEEP_TABLES.has(t)).sort()) {
    if (tag === 'glyf') out.set(tag, newGlyf);
    else if (tag === 'loca') out.set(tag, newLoca);
    else if (tag === 'head') out.set(tag, newHead);
    else if (tag === 'post') out.set(tag, newPost);
    else out.set(tag, table(tag));
  }

  return assembleFont(out);
}

/** A TrueType file of these tables (in this order), with each table's checksum and the font's checksum adjustment. */
export function assembleFont(out: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const count = out.size;
  const headerSize = 12 + count * 16;
  let total = headerSize;
  for (const data of out.values()) total += (data.byteLength + 3) & ~3;
  const result = new Uint8Array(total);
  const rv = new DataView(result.buffer);
  const entrySelector = Math.floor(Math.log2(count));
  rv.setUint32(0, 0x00010000);
  rv.setUint16(4, count);
  rv.setUint16(6, 2 ** entrySelector * 16);
  rv.setUint16(8, entrySelector);
  rv.setUint16(10, count * 16 - 2 ** entrySelector * 16);
  let at = headerSize;
  let headAt = 0;
  [...out.entries()].forEach(([tag, data], i) => {
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) rv.setUint8(rec + k, tag.charCodeAt(k));
    rv.setUint32(rec + 4, checksum(data));
    rv.setUint32(rec + 8, at);
    rv.setUint32(rec + 12, data.byteLength);
    result.set(data, at);
    if (tag === 'head') headAt = at;
    at += (data.byteLength + 3) & ~3;
  });
  rv.setUint32(headAt + 8, (0xb1b0afba - checksum(result)) >>> 0);
  return result;
}
