import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPack } from '../../utils/export/verify';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { EXTENSION_ID, launch, type Session } from '../support/e2e/chromium';
import { inPageText, pressInPage } from '../support/e2e/in-page';
import { decodeStoredImage, readStore } from '../support/e2e/store';
import { backgroundReply } from '../support/e2e/ask';

let s: Session;
const foreignRequests: string[] = [];

beforeAll(async () => {
  s = await launch();
  // Every request any page, frame or worker of this browser makes. The only host allowed is
  // the local demo shop; extension-internal URLs are not network requests.
  s.context.on('request', (req) => {
    const url = new URL(req.url());
    const local =
      url.protocol === 'chrome-extension:' ||
      url.protocol === 'data:' ||
      url.protocol === 'blob:' ||
      url.hostname === 'demo-shop.orderproof.test';
    if (!local) foreignRequests.push(req.url());
  });
});
afterAll(async () => {
  await s?.close();
});

describe('the foundation, end to end in Chromium', () => {
  it('loads the extension with its fixed id', () => {
    expect(s.worker.url()).toBe(`chrome-extension://${EXTENSION_ID}/background.js`);
  });

  it('shows the save button on the demo order page, and a click saves a case with a page-sized screenshot', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    await expect
      .poll(() => inPageText(page, 'save-button', 'button'), { timeout: 20_000 })
      .toBe('保存证据 / Save evidence');
    await pressInPage(page, 'save-button');
    await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 20_000 }).toContain(DEMO_ORDER_ID);

    const ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('library.html'));
    const store = await readStore(ext);
    expect(store.cases).toHaveLength(1);
    expect(store.cases[0]).toMatchObject({ platform: 'demo-shop', orderRef: DEMO_ORDER_ID });
    const kinds = store.evidence.map((e) => e.kind).sort();
    expect(kinds).toEqual(['order-data', 'page-snapshot', 'screenshot']);
    const order = store.evidence.find((e) => e.kind === 'order-data')?.order;
    expect(order?.orderId).toBe(DEMO_ORDER_ID);
    expect(order?.amounts.total).toEqual({ amount: 237.9, currency: 'CNY' });
    expect(order?.items.map((i) => i.title)).toHaveLength(2);

    const shot = store.evidence.find((e) => e.kind === 'screenshot')!;
    const viewport = await page.evaluate(() => ({
      width: innerWidth * devicePixelRatio,
      height: innerHeight * devicePixelRatio,
    }));
    const decoded = await decodeStoredImage(ext, shot.files[0]!.sha256);
    expect({ width: decoded.width, height: decoded.height }).toEqual(viewport);
    expect(decoded.sha256).toBe(shot.files[0]!.sha256);
    const snapshot = store.evidence.find((e) => e.kind === 'page-snapshot')!;
    expect(snapshot.files.map((f) => f.name)).toEqual(expect.arrayContaining(['page.txt', 'page.json']));
    expect(store.audit.map((a) => a.action)).toEqual(['create', 'attach', 'attach', 'attach']);
    await ext.close();
    await page.close();
  });

  it('saves a page with no recognisable order from the popup, and says so plainly', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}/about.html`);
    expect(await page.locator('orderproof-save').count()).toBe(0);
    const popup = await s.openPopup(await s.tabIdOf(page));
    await expect.poll(() => popup.getByTestId('no-order').count(), { timeout: 15_000 }).toBe(1);
    await page.bringToFront();
    await popup.getByTestId('popup-save').click();
    await expect
      .poll(() => popup.getByTestId('save-result').textContent(), { timeout: 20_000 })
      .toContain('No order was recognised');
    const store = await readStore(popup);
    expect(store.cases).toHaveLength(2);
    const about = store.cases.find((c) => c.title.includes('About'));
    expect(about?.orderRef).toBeUndefined();
    const items = store.evidence.filter((e) => e.caseId === about?.id);
    expect(items.map((e) => e.kind).sort()).toEqual(['page-snapshot', 'screenshot']);
    await popup.close();
    await page.close();
  });

  it('lists the cases in the popup and exports a pack that verifies and passes sha256sum -c', async () => {
    const popup = await s.openPopup();
    const rows = popup.getByTestId('case-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    const demoRow = rows.filter({ hasText: DEMO_ORDER_ID });
    await demoRow.getByTestId('verify-case').click();
    await expect.poll(() => demoRow.getByTestId('verify-ok').count()).toBe(1);
    await demoRow.getByTestId('export-case').click();
    await expect
      .poll(() => demoRow.getByTestId('export-note').textContent(), { timeout: 20_000 })
      .toMatch(/Exported OrderProof_demo-shop_DS-20261104-0001_\d{4}-\d{2}-\d{2}\.zip/);

    const folder = join(s.downloads, 'OrderProof');
    await expect
      .poll(() => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.zip')).length : 0), {
        timeout: 20_000,
      })
      .toBe(1);
    const zipName = readdirSync(folder).find((f) => f.endsWith('.zip'))!;
    const bytes = new Uint8Array(readFileSync(join(folder, zipName)));
    const report = await verifyPack(bytes);
    expect(report.problems).toEqual([]);
    const unpacked = join(s.downloads, 'unpacked');
    for (const [path, data] of Object.entries(unzipSync(bytes))) {
      mkdirSync(dirname(join(unpacked, path)), { recursive: true });
      writeFileSync(join(unpacked, path), data);
    }
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    expect(out).toMatch(/screenshot\.png: OK/);
    expect(out).not.toMatch(/FAILED/);
    await popup.close();
  });

  it('exports a masked copy with upload-sized pictures from the popup, built in the offscreen page', async () => {
    const popup = await s.openPopup();
    const demoRow = popup.getByTestId('case-row').filter({ hasText: DEMO_ORDER_ID });
    await demoRow.locator('summary').click();
    await demoRow.getByTestId('popup-export-masked').check();
    await demoRow.getByTestId('popup-export-fitted').check();
    await demoRow.getByTestId('export-case').click();
    await expect
      .poll(() => demoRow.getByTestId('export-note').textContent(), { timeout: 30_000 })
      .toMatch(/_masked_upload\.zip/);
    const folder = join(s.downloads, 'OrderProof');
    await expect
      .poll(() => readdirSync(folder).filter((f) => f.endsWith('_masked_upload.zip')).length, { timeout: 20_000 })
      .toBe(1);
    const bytes = new Uint8Array(
      readFileSync(
        join(
          folder,
          readdirSync(folder).find((f) => f.endsWith('_masked_upload.zip'))!,
        ),
      ),
    );
    expect((await verifyPack(bytes)).problems).toEqual([]);
    const entries = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      upload?: { files: { path: string }[] };
      audit: { entries: { action: string }[] };
    };
    const jpeg = manifest.upload?.files.find((f) => f.path.endsWith('.jpg'));
    expect(jpeg && [...entries[jpeg.path]!.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(manifest.audit.entries.map((e) => e.action)).toContain('redact');
    await popup.close();
  });

  it('refuses a message that fails its schema and stores nothing', async () => {
    const ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('library.html'));
    const before = await readStore(ext);
    const reply = await backgroundReply(ext, { type: 'bg.capture.save', source: 'not-a-source', tabId: 'x' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Refused bg.capture.save') });
    const after = await readStore(ext);
    expect(after.evidence.length).toBe(before.evidence.length);
    expect(after.audit.length).toBe(before.audit.length + 1 - 1);
    await ext.close();
  });

  it('made no network request of its own during the whole flow', () => {
    expect(foreignRequests).toEqual([]);
  });
});
