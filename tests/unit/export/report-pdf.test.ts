import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { addEvidence, createCase } from '../../../utils/db/store';
import { subsetTrueType } from '../../../utils/export/font-subset';
import { buildPack } from '../../../utils/export/pack';
import type { ReportLang } from '../../../utils/export/report-input';
import { freshDb, META } from '../../support/db';
import { loadTestFont } from './font';
import { hasPdftotext } from '../../support/pdftotext';

const ORDER_ID = 'TB-20261111-8848';
const TITLE = '退款纠纷：蓝牙耳机未收到货';
const ITEM = '无线蓝牙耳机 降噪版';
const TRAD = '證據報告';

async function chinesePack(lang: ReportLang = 'zh') {
  const db = freshDb();
  const c = await createCase(db, { platform: 'taobao', role: 'buyer', title: TITLE, orderRef: ORDER_ID });
  const png = new Uint8Array(
    execFileSync('python3', [
      '-c',
      'import sys,zlib,struct\ndef ch(t,d): return struct.pack(">I",len(d))+t+d+struct.pack(">I",zlib.crc32(t+d))\nraw=b"".join(b"\\x00"+b"\\xff\\x00\\x00"*4 for _ in range(4))\nsys.stdout.buffer.write(b"\\x89PNG\\r\\n\\x1a\\n"+ch(b"IHDR",struct.pack(">IIBBBBB",4,4,8,2,0,0,0))+ch(b"IDAT",zlib.compress(raw))+ch(b"IEND",b""))',
    ]),
  );
  await addEvidence(db, {
    caseId: c.id,
    kind: 'screenshot',
    title: `订单页面 ${TRAD}`,
    sourceUrl: 'https://trade.taobao.com/x',
    capturedAt: Date.now(),
    capture: META,
    files: [{ name: 'screenshot.png', mime: 'image/png', bytes: png }],
  });
  await addEvidence(db, {
    caseId: c.id,
    kind: 'order-data',
    title: '订单数据',
    capturedAt: Date.now() + 1,
    capture: META,
    order: {
      marketplace: 'taobao',
      orderId: ORDER_ID,
      seller: '深圳数码专营店',
      items: [{ title: ITEM, quantity: 1, unitPrice: { amount: 199, currency: 'CNY' } }],
      amounts: { total: { amount: 199, currency: 'CNY' } },
      shipments: [],
      provenance: {},
      confidence: 'adapter',
    },
    files: [{ name: 'order.json', mime: 'application/json', bytes: strToU8('{}') }],
  });
  const pack = await buildPack(db, c.id, { lang, loadFont: loadTestFont });
  return { pack, pdf: unzipSync(pack.bytes)['report.pdf'] };
}

describe('report.pdf', () => {
  it('is in the pack, listed in the manifest, parses with pdf-lib and embeds the CJK font cut down', async () => {
    const { pack, pdf } = await chinesePack();
    expect(pdf).toBeDefined();
    expect(pack.manifest.files.map((f) => f.path)).toContain('report.pdf');
    const doc = await PDFDocument.load(pdf!);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    const fontFiles: number[] = [];
    const fontNames: string[] = [];
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      const dict = obj instanceof PDFDict ? obj : obj instanceof PDFStream ? obj.dict : undefined;
      if (dict?.get(PDFName.of('Type')) === PDFName.of('FontDescriptor')) {
        fontNames.push(String(dict.get(PDFName.of('FontName'))));
        const file = dict.lookup(PDFName.of('FontFile2'));
        if (file instanceof PDFRawStream) fontFiles.push(file.contents.byteLength);
      }
    }
    expect(fontNames.join()).toContain('NotoSansSC');
    expect(fontFiles).toHaveLength(1);
    // The whole font is 10.5 MB; the embedded one keeps only the glyphs used (plus cmap and metrics).
    expect(fontFiles[0]!).toBeLessThan(1_500_000);
    expect(pdf!.byteLength).toBeLessThan(1_500_000);
  });

  it('holds the order id and the Chinese text as extractable text (pdftotext)', async () => {
    const { pdf } = await chinesePack();
    if (!hasPdftotext()) {
      console.warn('pdftotext (Debian poppler-utils) is not installed: text extraction not checked');
      expect(pdf!.byteLength).toBeGreaterThan(0);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    writeFileSync(join(dir, 'r.pdf'), pdf!);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    for (const s of [ORDER_ID, TITLE, ITEM, TRAD, '深圳数码专营店', '证据报告', '操作日志', '¥199.00'])
      expect(text).toContain(s);
    // Every page names the case and says which page of how many it is; no ISO UTC times or raw ids.
    const pages = text.split('\f').filter((p) => p.trim());
    pages.forEach((page, i) => {
      expect(page).toContain(TITLE);
      expect(page).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
    });
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    expect(text).not.toMatch(/\b(attach|create|buyer|seller)\b|\((screenshot|page-snapshot)\)/);
    const fonts = execFileSync('pdffonts', [join(dir, 'r.pdf')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(fonts).toMatch(/NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it('draws the glyphs it uses (poppler renders the text without font errors)', async () => {
    const { pdf } = await chinesePack();
    if (!hasPdftotext()) {
      expect(pdf!.byteLength).toBeGreaterThan(0);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    writeFileSync(join(dir, 'r.pdf'), pdf!);
    const out = execFileSync(
      'sh',
      ['-c', `pdftoppm -r 20 -f 1 -l 1 -png "${join(dir, 'r.pdf')}" "${join(dir, 'p')}" 2>&1`],
      { encoding: 'utf8' },
    );
    expect(out).not.toMatch(/Syntax Error|Couldn't create a font/);
  });
});

/** The font program report.pdf embeds (its one FontFile2), decoded. */
async function embeddedFont(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFDict ? obj : undefined;
    const file = dict?.get(PDFName.of('Type')) === PDFName.of('FontDescriptor') && dict.lookup(PDFName.of('FontFile2'));
    if (file instanceof PDFRawStream) return decodePDFRawStream(file).decode();
  }
  throw new Error('report.pdf embeds no TrueType font');
}

describe('report.pdf draws every character it prints', () => {
  // The font is cut down to the characters the report uses (font-compact.ts): one the layout adds itself
  // (the "×" before a quantity, the footer's 页/頁) and the cut left out showed as an empty box.
  it.each<ReportLang>(['zh', 'zh-TW', 'en'])(
    'in %s: each printed character keeps its outline in the font',
    async (lang) => {
      const { pdf } = await chinesePack(lang);
      if (!hasPdftotext()) {
        expect(pdf!.byteLength).toBeGreaterThan(0);
        return;
      }
      const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
      writeFileSync(join(dir, 'r.pdf'), pdf!);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('×');
      const fontkit = (await import('@pdf-lib/fontkit')).default;
      const font = fontkit.create(await embeddedFont(pdf!));
      const printed = [...new Set(text.replace(/\s/g, ''))];
      const empty = printed.filter((ch) => font.glyphForCodePoint(ch.codePointAt(0)!).path.toSVG().length === 0);
      expect(empty).toEqual([]);
    },
  );
});

describe('TrueType subset', () => {
  it('keeps the glyphs asked for, empties the rest and keeps glyph ids', async () => {
    const font = await loadTestFont();
    const fontkit = (await import('@pdf-lib/fontkit')).default;
    const full = fontkit.create(font);
    const keep = [...'证据'].map((ch) => full.glyphForCodePoint(ch.codePointAt(0)!).id);
    const other = full.glyphForCodePoint('猫'.codePointAt(0)!).id;
    const cut = fontkit.create(subsetTrueType(font, keep));
    expect(cut.numGlyphs).toBe(full.numGlyphs);
    for (const id of keep) expect(cut.getGlyph(id).path.toSVG().length).toBe(full.getGlyph(id).path.toSVG().length);
    expect(full.getGlyph(other).path.toSVG().length).toBeGreaterThan(0);
    expect(cut.getGlyph(other).path.toSVG().length).toBe(0);
    expect(cut.glyphForCodePoint('猫'.codePointAt(0)!).id).toBe(other);
  });

  it('refuses a CFF font, which it cannot cut', () => {
    const otto = new Uint8Array(64);
    otto.set([0x4f, 0x54, 0x54, 0x4f]);
    expect(() => subsetTrueType(otto, [1])).toThrow(/TrueType/);
  });
});
