import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { exportCase } from '../../../utils/export/export-case';
import { fitForUpload } from '../../../utils/export/fit';
import { writeSettings } from '../../../utils/settings';
import { caseWithScreenshot, freshDb } from '../../support/db';
import { loadTestFont } from './font';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Characters the Taiwan table would also change but that Taiwan writes this way as well.
const TW_VARIANTS = new Set(['台', '布']);

/** Characters of `text` that are Simplified forms: those a Simplified-to-Traditional conversion changes. */
function simplifiedIn(text: string): string[] {
  const converted = [...toTraditional(text)];
  return [...new Set([...text].filter((ch, i) => converted[i] !== ch && !TW_VARIANTS.has(ch)))];
}

const dec = new TextDecoder();

function pdftotext(pdf: Uint8Array): string | undefined {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'op-tw-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
  } catch {
    return undefined;
  }
}

describe('a pack in Traditional Chinese', () => {
  it('is what a zh_TW library exports: report.html, verify.html and report.pdf in Traditional characters, none Simplified', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    await writeSettings(db, { language: 'zh_TW' });
    const pack = await exportCase(db, c.id, undefined, { version: '9.9.9', loadFont: loadTestFont });
    expect(pack.lang).toBe('zh-TW');
    expect(pack.seal.exportEntry.details.language).toBe('zh-TW');
    const files = unzipSync(new Uint8Array(await pack.blob.arrayBuffer()));
    const report = dec.decode(files['report.html']);
    expect(report).toContain('lang="zh-TW"');
    expect(report).toContain('證據報告');
    expect(report).toContain('OrderProof 示範商店');
    expect(simplifiedIn(report)).toEqual([]);
    const verify = dec.decode(files['verify.html']);
    expect(verify).toContain('lang="zh-TW"');
    expect(verify).toContain('驗證本證據包');
    expect(simplifiedIn(verify)).toEqual([]);
    const text = pdftotext(files['report.pdf']!);
    if (text !== undefined) {
      expect(text).toContain('證據報告');
      expect(simplifiedIn(text)).toEqual([]);
    }
    // report.pdf sets and subsets a CJK font: seconds on a loaded machine.
  }, 60_000);

  it('notes what did not fit the upload limits in Traditional characters', async () => {
    const source = (path: string) => ({ path, read: () => Promise.resolve(new Blob([new Uint8Array(4000)])) });
    const out = await fitForUpload(
      { preset: 'test', maxImageBytes: 100, maxPdfBytes: 10, maxFiles: 1 },
      { pdf: new Uint8Array(20), images: [source('evidence/001/a.png'), source('evidence/002/b.png')], lang: 'zh-TW' },
      () => Promise.resolve(undefined),
    );
    expect(out.notes.length).toBeGreaterThan(1);
    for (const note of out.notes) expect(simplifiedIn(note)).toEqual([]);
  });
});
