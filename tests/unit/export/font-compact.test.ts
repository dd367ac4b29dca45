import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { compactTrueType, renumberComponents } from '../../../utils/export/font-compact';
import { loadTestFont } from './font';

const TEXT = 'Order TB-2026 · 订单页面 證據報告 ¥199 …';

describe('compactTrueType', () => {
  it('keeps exactly the characters asked for, renumbered, with the same outlines and widths', async () => {
    const bytes = await loadTestFont();
    const full = fontkit.create(bytes);
    const chars = [...new Set(TEXT)];
    const cut = fontkit.create(
      compactTrueType(
        bytes,
        chars.map((c) => c.codePointAt(0)!),
      ),
    );
    // .notdef and one glyph per distinct character (none of these is built from others).
    expect(cut.numGlyphs).toBe(1 + new Set(chars.map((c) => full.glyphForCodePoint(c.codePointAt(0)!).id)).size);
    for (const ch of chars) {
      const a = full.glyphForCodePoint(ch.codePointAt(0)!);
      const b = cut.glyphForCodePoint(ch.codePointAt(0)!);
      expect(b.id, ch).toBeGreaterThan(0);
      expect(b.id, ch).toBeLessThan(cut.numGlyphs);
      expect(b.path.toSVG(), ch).toBe(a.path.toSVG());
      expect(b.advanceWidth, ch).toBe(a.advanceWidth);
    }
    expect(cut.glyphForCodePoint('猫'.codePointAt(0)!).id).toBe(0);
    // Whole lines measure as their characters' advances (no kerning tables are kept, as before), and the file
    // is tiny next to the 14 MB original.
    const advances = [...TEXT].reduce((n, c) => n + full.glyphForCodePoint(c.codePointAt(0)!).advanceWidth, 0);
    expect(cut.layout(TEXT).advanceWidth).toBe(advances);
    expect(
      compactTrueType(
        bytes,
        [...TEXT].map((c) => c.codePointAt(0)!),
      ).byteLength,
    ).toBeLessThan(50_000);
  });

  it('maps characters beyond the Basic Multilingual Plane through its format 12 table', async () => {
    const bytes = await loadTestFont();
    const full = fontkit.create(bytes);
    // A character of the font outside the BMP, if it has one (Noto Sans SC does: CJK Extension B).
    const far = [...full.characterSet].find((cp) => cp > 0xffff && full.glyphForCodePoint(cp).id > 0);
    expect(far).toBeDefined();
    const cut = fontkit.create(compactTrueType(bytes, [far!, 0x41]));
    expect(cut.glyphForCodePoint(far!).path.toSVG()).toBe(full.glyphForCodePoint(far!).path.toSVG());
    expect(cut.glyphForCodePoint(0x41).path.toSVG()).toBe(full.glyphForCodePoint(0x41).path.toSVG());
  });

  it('points a composite glyph at its components’ new ids', () => {
    // numberOfContours -1, a bounding box, then two components (word arguments, then a scale).
    const glyph = new DataView(new ArrayBuffer(10 + 8 + 2 + 6 + 2));
    glyph.setInt16(0, -1);
    glyph.setUint16(10, 0x0001 | 0x0020);
    glyph.setUint16(12, 700);
    glyph.setUint16(18, 0x0008);
    glyph.setUint16(20, 900);
    renumberComponents(
      glyph,
      new Map([
        [700, 3],
        [900, 4],
      ]),
    );
    expect([glyph.getUint16(12), glyph.getUint16(20)]).toEqual([3, 4]);
  });
});
