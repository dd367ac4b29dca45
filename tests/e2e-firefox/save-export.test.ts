import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPack } from '../../utils/export/verify';
import { ruleById } from '../../utils/rules';
import enMessages from '../../public/_locales/en/messages.json';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { fillDate, isoDaysAgo, launchFirefox, pressInPage, until, type FirefoxSession } from './harness';
import { decodeStoredImage, readStore } from './store';

/** What a Firefox capture says instead of an MHTML snapshot (Firefox has no pageCapture API). */
const NO_MHTML = enMessages.healthSnapshotUnavailable.message;

let s: FirefoxSession;
let shop: Page;
let popup: Page;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

describe('the demo order, saved and exported in Firefox', () => {
  let zip = '';
  let unpacked = '';

  it('saves the order from the in-page button: order facts, screenshot, and the page text in place of MHTML', async () => {
    shop = await s.openShopPage(DEMO_ORDER_PATH);
    await pressInPage(shop, 'orderproof-save');
    const ext = await s.openExtensionPage('popup.html');
    const store = await until(() => readStore(ext), (st) => st.evidence.length >= 3, 30_000, 'the saved evidence');
    expect(store.cases).toHaveLength(1);
    expect(store.cases[0]).toMatchObject({ platform: 'demo-shop', orderRef: DEMO_ORDER_ID });
    expect(store.evidence.map((e) => e.kind).sort()).toEqual(['order-data', 'page-snapshot', 'screenshot']);
    expect(store.evidence.find((e) => e.kind === 'order-data')?.order?.amounts.total).toEqual({ amount: 237.9, currency: 'CNY' });
    const snapshot = store.evidence.find((e) => e.kind === 'page-snapshot')!;
    expect(snapshot.files.map((f) => f.name)).toEqual(['page.txt', 'page.json']);
    expect(snapshot.capture.health).toContain(NO_MHTML);
    const shot = store.evidence.find((e) => e.kind === 'screenshot')!;
    expect(shot.capture).toMatchObject({ method: 'captureVisibleTab', browser: expect.stringMatching(/^Firefox \d+/) });
    const image = await decodeStoredImage(ext, shot.files[0]!.sha256);
    expect(image).toMatchObject({ width: 1280, height: 800 });
    await ext.close();
  });

  it('the popup recognises the order, starts its dispute guide and exports the pack', async () => {
    const ext = await s.openExtensionPage('popup.html');
    popup = await s.openExtensionPage(`popup.html?tabId=${await s.tabIdOf(ext, shop)}`);
    await ext.close();
    await until(() => text(popup, '[data-testid=order-recognised]'), (t) => t.includes(DEMO_ORDER_ID), 20_000, 'the recognised order');
    await popup.waitForSelector('[data-testid=scenario]');
    await popup.select('[data-testid=scenario]', 'not-as-described');
    await popup.click('[data-testid=start-guide]');
    await popup.waitForSelector('[data-testid=steps]');
    expect(await text(popup, '[data-testid=steps] li[aria-current="step"]')).toContain('Contact the seller');
    expect(await text(popup, '[data-testid=missing-date]')).toContain('Delivered');
    await fillDate(popup, '[data-testid=guide-date-delivered]', isoDaysAgo(5));
    await until(() => text(popup, '[data-testid=next-deadline]'), (t) => /Next deadline: \d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(t), 20_000, 'the next deadline');

    await popup.click('[data-testid=case-row] [data-testid=export-case]');
    const folder = join(s.downloads, 'OrderProof');
    const zipName = await until(
      async () => (existsSync(folder) ? readdirSync(folder).find((f) => f.endsWith('.zip')) : undefined) ?? '',
      (f) => f !== '',
      30_000,
      'the pack in Downloads/OrderProof',
    );
    zip = join(folder, zipName);
    // Firefox writes the file under its final name while it is still downloading: wait for the end of the zip.
    await until(async () => readFileSync(zip), (b) => b.length > 22 && b.subarray(-22).readUInt32LE(0) === 0x06054b50, 30_000, 'a complete zip');
  });

  it('the pack passes sha256sum -c and the project verifier, and says what Firefox could not capture', async () => {
    const bytes = new Uint8Array(readFileSync(zip));
    const report = await verifyPack(bytes);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const entries = unzipSync(bytes);
    unpacked = zip.replace(/\.zip$/, '');
    for (const [path, data] of Object.entries(entries)) {
      mkdirSync(dirname(join(unpacked, path)), { recursive: true });
      writeFileSync(join(unpacked, path), data);
    }
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['verify.html', 'report.html', 'report.pdf', 'manifest.json', 'SHA256SUMS']));
    expect(Object.keys(entries).filter((p) => p.endsWith('.mhtml'))).toEqual([]);
    const sums = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    expect(sums).not.toMatch(/FAILED/);
    expect(sums.trim().split('\n').length).toBe(readFileSync(join(unpacked, 'SHA256SUMS'), 'utf8').trim().split('\n').length);
    const manifest = readFileSync(join(unpacked, 'manifest.json'), 'utf8');
    expect(manifest).toContain(NO_MHTML);
    expect(manifest).toMatch(/"browser": ?"Firefox \d+/);
    expect(readFileSync(join(unpacked, 'report.html'), 'utf8')).toContain(NO_MHTML.replace(/'/g, '&#39;'));
    const pdf = execFileSync('pdftotext', [join(unpacked, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toContain(DEMO_ORDER_ID);
    for (const step of ruleById('demo-shop.buyer.not-as-described')!.steps) expect(pdf).toContain(step.title.zh);
  });

  // WebDriver BiDi cannot hand Firefox a folder (input.setFiles refuses directories), so the files are
  // chosen one by one through the page's "or choose the files" field, as a user without folder picking would.
  it('verify.html, opened in Firefox from the unpacked folder, finds every file OK', async () => {
    const page = await s.browser.newPage();
    await page.goto(pathToFileURL(join(unpacked, 'verify.html')).href);
    const input = await page.waitForSelector('input#files');
    const all = readdirSync(unpacked, { recursive: true, encoding: 'utf8' }).map((p) => join(unpacked, p)).filter((p) => statSync(p).isFile());
    await input!.uploadFile(...all);
    await until(() => page.$eval('#summary', (el) => el.getAttribute('data-ok')), (v) => v !== null, 30_000, 'the verdict');
    expect(await page.$eval('#summary', (el) => el.getAttribute('data-ok'))).toBe('true');
    const statuses = await page.$$eval('#results li', (lis) => lis.map((li) => li.getAttribute('data-status')));
    expect(statuses).toHaveLength(all.length);
    expect(statuses.every((v) => v === 'ok')).toBe(true);
    await page.close();
  });
});
