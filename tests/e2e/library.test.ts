import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../support/e2e/chromium';
import { sharedSession } from '../support/e2e/reset';
import { saveOnPage } from '../support/e2e/save';
import { readStore } from '../support/e2e/store';
import { waitForFile } from '../support/e2e/files';

const ARTIFACTS = resolve('test-results');
// A real 1x1 PNG, so the library shows it as an image.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d4944415478da63f8cfc0f01f0005000201e2266bd40000000049454e44ae426082',
  'hex',
);

async function saveDemoOrder(session: Session) {
  await (await saveOnPage(session)).close();
}

// One browser per language, put back to a fresh install's state before each test (sharedSession).
describe('the evidence library', () => {
  const session = sharedSession({ lang: 'en-US' });
  let s: Session;
  beforeEach(() => {
    s = session();
  });

  it('lists cases, finds one by item title, adds a photo with its hash, and keeps the log of a deleted item', async () => {
    await saveDemoOrder(s);
    const lib = await s.context.newPage();
    await lib.setViewportSize({ width: 1280, height: 800 });
    await lib.goto(s.extensionUrl('library.html'));
    await expect.poll(() => lib.getByTestId('library-case').count()).toBe(1);

    await lib.getByTestId('search').fill('bamboo placemats');
    await expect.poll(() => lib.getByTestId('library-case').count()).toBe(1);
    await lib.getByTestId('search').fill('no such thing anywhere');
    await expect.poll(() => lib.getByTestId('library-case').count()).toBe(0);
    await lib.getByTestId('search').fill('陶瓷保温杯');
    await expect.poll(() => lib.getByTestId('library-case').count()).toBe(1);
    await lib.getByTestId('library-case').first().click();
    await expect.poll(() => lib.getByTestId('evidence-card').count()).toBe(3);

    const photo = join(s.downloads, 'cracked-mug.png');
    writeFileSync(photo, PNG);
    await lib.getByTestId('add-files').setInputFiles(photo);
    await expect
      .poll(() => lib.getByTestId('add-progress').textContent(), { timeout: 15_000 })
      .toContain('Added cracked-mug.png');
    const uploaded = lib
      .locator('[data-testid="evidence-card"][data-kind="uploaded-file"]')
      .filter({ hasText: 'cracked-mug.png' });
    await expect.poll(() => uploaded.count()).toBe(1);
    expect(await uploaded.getByTestId('file-hash').textContent()).toBe(createHash('sha256').update(PNG).digest('hex'));

    // Files over 8 MB are hashed in a worker: its hash must match the one every other tool computes.
    const video = join(s.downloads, 'unboxing.mp4');
    const big = Buffer.alloc(9 * 1024 * 1024 + 7, 0x5a);
    writeFileSync(video, big);
    await lib.getByTestId('add-files').setInputFiles(video);
    await expect
      .poll(() => lib.getByTestId('add-progress').textContent(), { timeout: 30_000 })
      .toContain('Added unboxing.mp4');
    const videoCard = lib
      .locator('[data-testid="evidence-card"][data-kind="uploaded-file"]')
      .filter({ hasText: 'unboxing.mp4' });
    expect(await videoCard.getByTestId('file-hash').textContent()).toBe(createHash('sha256').update(big).digest('hex'));

    mkdirSync(ARTIFACTS, { recursive: true });
    await lib.screenshot({ path: join(ARTIFACTS, 'library-en.png') });

    lib.once('dialog', (d) => void d.accept());
    await uploaded.getByTestId('delete-evidence').click();
    await expect.poll(() => lib.getByTestId('audit-timeline').locator('li[data-action="delete"]').count()).toBe(1);
    const store = await readStore(lib);
    const deleted = store.evidence.find((e) => e.title === 'cracked-mug.png') as { deletedAt?: number } | undefined;
    expect(deleted?.deletedAt).toBeTypeOf('number');
    expect(store.audit.map((a) => a.action)).toEqual([
      'create',
      'attach',
      'attach',
      'attach',
      'attach',
      'attach',
      'delete',
    ]);

    await lib.getByTestId('library-verify').click();
    await expect.poll(() => lib.getByTestId('library-verify-ok').count()).toBe(1);
  });

  it('corrects an order fact: the page value stays visible, the fix is logged', async () => {
    await saveDemoOrder(s);
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('library-case').first().click();
    const orderCard = lib.locator('[data-testid="evidence-card"][data-kind="order-data"]');
    expect(await orderCard.getByTestId('fact-value-trackingNumber').textContent()).toBe('SF1402286519034');
    await orderCard.getByTestId('fact-edit-trackingNumber').click();
    await orderCard.getByTestId('fact-input-trackingNumber').fill('SF1402286519099');
    await orderCard.getByTestId('fact-save-trackingNumber').click();
    await expect.poll(() => orderCard.getByTestId('fact-trackingNumber').textContent()).toContain('SF1402286519099');
    expect(await orderCard.getByTestId('fact-trackingNumber').textContent()).toContain('the page said SF1402286519034');
    await expect.poll(() => lib.getByTestId('audit-timeline').locator('li[data-action="correct"]').count()).toBe(1);
  });

  it('masks an area marked on a screenshot in a shared copy, keeping the original', async () => {
    await saveDemoOrder(s);
    const lib = await s.context.newPage();
    await lib.setViewportSize({ width: 1280, height: 900 });
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('library-case').first().click();
    const shotCard = lib.locator('[data-testid="evidence-card"][data-kind="screenshot"]');
    await shotCard.getByTestId('redact-open').click();
    const image = shotCard.getByTestId('redact-image');
    await image.waitFor();
    await image.scrollIntoViewIfNeeded();
    const box = (await image.boundingBox())!;
    // Over the order number's line near the top left of the screenshot.
    await lib.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.2);
    await lib.mouse.down();
    await lib.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.3, { steps: 5 });
    await lib.mouse.up();
    await expect.poll(() => shotCard.getByTestId('redact-count').textContent()).toBe('1 area(s) marked');
    await shotCard.getByTestId('redact-save').click();
    await expect.poll(() => shotCard.getByTestId('redact-open').textContent()).toContain('(1)');
    const original = (await readStore(lib)).evidence.find((e) => e.kind === 'screenshot')!.files[0]!.sha256;

    await lib.getByTestId('export-masked').check();
    await lib.getByTestId('library-export').click();
    const zip = new Uint8Array(readFileSync(await waitForFile(join(s.downloads, 'OrderProof'), /_masked\.zip$/)));
    const entries = unzipSync(zip);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      evidence: {
        kind: string;
        files: { path?: string; sha256: string; redactedFrom?: string; committedFrom?: string }[];
      }[];
      audit: { entries: { action: string; details: { boxes?: number } }[] };
    };
    const shot = manifest.evidence.find((e) => e.kind === 'screenshot')!.files[0]!;
    // The original's hash would let anyone confirm a guess at what was masked: only a salted commitment to it.
    expect(shot.redactedFrom).toBeUndefined();
    expect(shot.committedFrom).toMatch(/^[0-9a-f]{64}$/);
    expect(shot.committedFrom).not.toBe(original);
    expect(new TextDecoder().decode(entries['manifest.json'])).not.toContain(original);
    expect(shot.sha256).not.toBe(original);
    expect(manifest.audit.entries.find((e) => e.action === 'redact')?.details.boxes).toBe(1);
    // The marked area is painted over in the copy: decode it in the browser and read a pixel inside.
    const pixel = await lib.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return [...ctx.getImageData(Math.round(bitmap.width * 0.25), Math.round(bitmap.height * 0.25), 1, 1).data];
    }, Buffer.from(entries[shot.path!]!).toString('base64'));
    expect(pixel.slice(0, 3)).toEqual([0, 0, 0]);
    // An RGB PNG (IHDR colour type 2), which the masked pack's report.pdf takes without re-encoding it.
    expect(entries[shot.path!]![25]).toBe(2);
  });

  it('switches language from settings, whatever the browser speaks', async () => {
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('open-settings').click();
    await lib.getByTestId('language').selectOption('zh_TW');
    await expect.poll(() => lib.locator('h1').textContent()).toBe('OrderProof 證據庫');
  });
});

describe('the evidence library in Chinese', () => {
  const session = sharedSession({ lang: 'zh-CN' });

  it('speaks Chinese when the browser does, and writes a screenshot of it', async () => {
    const s = session();
    await saveDemoOrder(s);
    const lib = await s.context.newPage();
    await lib.setViewportSize({ width: 1280, height: 800 });
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('library-case').first().click();
    await expect.poll(() => lib.locator('h1').textContent()).toBe('OrderProof 证据库');
    await expect.poll(() => lib.getByTestId('library-export').textContent()).toBe('导出证据包');
    mkdirSync(ARTIFACTS, { recursive: true });
    await lib.screenshot({ path: join(ARTIFACTS, 'library-zh-CN.png') });
  });
});
