import { webcrypto } from 'node:crypto';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../utils/export/pack';
import { renderVerifyHtml } from '../../../utils/export/verify-html';
import { caseWithScreenshot, freshDb } from '../../support/db';

type PageFile = { path: string; name: string; size: number; read(): Promise<ArrayBuffer> };

/** verify.html with its own script running, and `run()` (what its file inputs call) to hand it a pack. */
function openPage(lang: 'en' | 'zh' | 'zh-TW' = 'en') {
  const dom = new JSDOM(renderVerifyHtml(lang), {
    runScripts: 'dangerously',
    beforeParse: (w) => Object.defineProperty(w, 'crypto', { value: webcrypto }),
  });
  const w = dom.window as unknown as Window & { run(files: PageFile[]): Promise<void> };
  const shown = (id: string) => !w.document.getElementById(id)!.hidden;
  return { w, shown, summary: () => w.document.getElementById('summary')!.textContent };
}

function asFiles(entries: Record<string, Uint8Array>): PageFile[] {
  return Object.entries(entries).map(([path, bytes]) => ({
    path,
    name: path.slice(path.lastIndexOf('/') + 1),
    size: bytes.byteLength,
    read: () => Promise.resolve(bytes.slice().buffer),
  }));
}

async function packFiles(): Promise<Record<string, Uint8Array>> {
  const db = freshDb();
  const { c } = await caseWithScreenshot(db);
  return unzipSync((await buildPack(db, c.id)).bytes);
}

describe('verify.html layout (review D13)', () => {
  it('shows no "Problems" heading before a check, nor after a clean one', async () => {
    const page = openPage();
    expect(page.shown('problems-box')).toBe(false);
    await page.w.run(asFiles(await packFiles()));
    expect(page.summary()).toMatch(/^All \d+ files/);
    expect(page.shown('problems-box')).toBe(false);
  });

  it('shows the problems, under their heading, when there are some', async () => {
    const files = await packFiles();
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      audit: { entries: { at: number }[] };
    };
    manifest.audit.entries[0]!.at += 1;
    files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
    const page = openPage();
    await page.w.run(asFiles(files));
    expect(page.shown('problems-box')).toBe(true);
    expect(page.w.document.querySelectorAll('#problems li').length).toBeGreaterThan(0);
  });

  it('does not speak of "0 other problems" when only files differ', async () => {
    const files = await packFiles();
    const shot = Object.keys(files).find((p) => p.endsWith('.png'))!;
    files[shot] = new Uint8Array([1, 2, 3]);
    const page = openPage('zh');
    await page.w.run(asFiles(files));
    expect(page.summary()).toMatch(/个文件不一致/);
    expect(page.summary()).not.toMatch(/0 个问题/);
  });
});
