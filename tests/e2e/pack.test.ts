import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleById } from '../../utils/rules';
import { DEMO_ORDER_ID } from '../demo-shop/server';
import { launch, type Session } from '../support/e2e/chromium';
import { saveOnPage } from '../support/e2e/save';
import { fixture } from '../support/e2e/fixture';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

async function statuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('#results li')].map((li) => [
        li.getAttribute('data-path'),
        li.getAttribute('data-status'),
      ]),
    ),
  );
}

/** Writes the pack's files into a folder of its own, so each test works on an untouched copy. */
function unpack(entries: Record<string, Uint8Array>, folder: string): string {
  for (const [path, data] of Object.entries(entries)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), data);
  }
  return folder;
}

describe('verify.html, opened from the unpacked pack folder in Chromium', { timeout: 120_000 }, () => {
  // The pack the tests look at, exported once from the popup by whichever test asks first.
  let copies = 0;
  const exported = fixture(async () => {
    const page = await saveOnPage(s);
    const popup = await s.openPopup(await s.tabIdOf(page));
    // Follow a dispute guide, so the report carries its steps.
    await popup.getByTestId('scenario').selectOption('not-as-described');
    await popup.getByTestId('start-guide').click();
    await popup.getByTestId('steps').waitFor();
    const row = popup.getByTestId('case-row').filter({ hasText: DEMO_ORDER_ID });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await row.getByTestId('export-case').click();
    const folder = join(s.downloads, 'OrderProof');
    await expect
      .poll(() => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.zip')).length : 0), {
        timeout: 30_000,
      })
      .toBe(1);
    const zipName = readdirSync(folder).find((f) => f.endsWith('.zip'))!;
    const entries = unzipSync(new Uint8Array(readFileSync(join(folder, zipName))));
    await popup.close();
    await page.close();
    return { entries, paths: Object.keys(entries).sort() };
  });
  /** The exported pack's files, unpacked into a folder of this test's own. */
  const freshCopy = async () => {
    const { entries, paths } = await exported();
    return { unpacked: unpack(entries, join(s.downloads, `unpacked-${++copies}`)), paths };
  };

  it('exports the demo case from the popup', async () => {
    const { unpacked, paths } = await freshCopy();
    expect(paths).toEqual(
      expect.arrayContaining([
        'verify.html',
        'report.pdf',
        'manifest.json',
        'SHA256SUMS',
        'evidence/001-screenshot/screenshot.png',
      ]),
    );
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' })).not.toMatch(/FAILED/);
    // The PDF's text, as a PDF reader extracts it: the order id and the guide's Chinese step titles.
    const text = execFileSync('pdftotext', [join(unpacked, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(DEMO_ORDER_ID);
    for (const step of ruleById('demo-shop.buyer.not-as-described')!.steps) expect(text).toContain(step.title.zh);
  });

  it('reports every file OK when given the folder, with no network request', async () => {
    const { unpacked, paths } = await freshCopy();
    const requests: string[] = [];
    const page = await s.context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(join(unpacked, 'verify.html')).href);
    await page.locator('#folder').setInputFiles(unpacked);
    await expect.poll(() => page.locator('#summary').getAttribute('data-ok'), { timeout: 30_000 }).toBe('true');
    const status = await statuses(page);
    expect(Object.keys(status).sort()).toEqual(paths);
    // Every file checks out; the signature and its key, made over manifest.json, are shown as such.
    expect(
      Object.entries(status)
        .filter(([, v]) => v !== 'ok')
        .sort(),
    ).toEqual([
      ['installation-key.pem', 'attestation'],
      ['manifest.json.sig', 'attestation'],
    ]);
    expect(await page.locator('#head').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('names the one file whose byte was changed', async () => {
    const { unpacked } = await freshCopy();
    const target = join(unpacked, 'evidence/001-screenshot/screenshot.png');
    const bytes = readFileSync(target);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01;
    writeFileSync(target, bytes);
    const page = await s.context.newPage();
    await page.goto(pathToFileURL(join(unpacked, 'verify.html')).href);
    await page.locator('#folder').setInputFiles(unpacked);
    await expect.poll(() => page.locator('#summary').getAttribute('data-ok'), { timeout: 30_000 }).toBe('false');
    const status = await statuses(page);
    expect(Object.entries(status).filter(([, v]) => v !== 'ok' && v !== 'attestation')).toEqual([
      ['evidence/001-screenshot/screenshot.png', 'mismatch'],
    ]);
    await page.close();
  });
});
