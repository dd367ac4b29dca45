import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/e2e/fixture';
import { idb } from '../support/e2e/idb';
import { launch, type Session } from '../support/e2e/chromium';
import { inPageText, inPageVisible, pressInPage } from '../support/e2e/in-page';
import { decodeStoredImage, readStore, type StoredEvidence, readStoredText } from '../support/e2e/store';
import { askBackground } from '../support/e2e/ask';

const CHAT_DIR = resolve('tests/demo-shop/site/chat');
const DEMO = 'http://demo-shop.orderproof.test/chat';
const HOSTS = ['sellercentral.amazon.com', 'img.other-cdn.test', 'plain-shop.test'];

interface TranscriptJson {
  platform: string;
  mode: string;
  orderNumbers: string[];
  completeness: {
    messages: number;
    startReached: boolean;
    startBasis: string;
    historyPages: number;
    complete: boolean;
    bands: { count: number; coveredHeight: number; listHeight: number };
    gaps: { kind: string; detail: string }[];
    images: { total: number; saved: number; notRead: number };
  };
  messages: {
    n: number;
    key: string;
    id?: string;
    role: string;
    name: string;
    time?: string;
    text: string;
    translation?: string;
    attachments: { kind: string; url: string; saved: boolean; file?: string; sha256?: string; reason?: string }[];
  }[];
  bands: { file: string; offset: number; height: number; sha256: string; pixels: { width: number; height: number } }[];
}

let s: Session;
let ext: Page;
const dialogs: string[] = [];

async function openChat(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, tabId: await s.tabIdOf(page) };
}

/** Sends chat.capture from an extension page, as the popup does. */
async function captureViaMessage(tabId: number, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return askBackground(ext, { type: 'bg.chat.capture', tabId, ...extra });
}

async function transcriptOf(evidenceId: string): Promise<{ item: StoredEvidence; json: TranscriptJson; txt: string }> {
  const { evidence } = await readStore(ext);
  const item = evidence.find((e) => e.id === evidenceId);
  if (!item) throw new Error(`no evidence ${evidenceId}`);
  expect(item.kind).toBe('chat-transcript');
  const jsonFile = item.files.find((f) => f.name === 'transcript.json')!;
  const txtFile = item.files.find((f) => f.name === 'transcript.txt')!;
  return {
    item,
    json: JSON.parse(await readStoredText(ext, jsonFile.sha256)) as TranscriptJson,
    txt: await readStoredText(ext, txtFile.sha256),
  };
}

/** Every band decodes as a PNG of the size recorded, and together the bands cover the whole list. */
async function expectBandsCover(item: StoredEvidence, json: TranscriptJson): Promise<void> {
  expect(json.bands.length).toBeGreaterThan(0);
  for (const band of json.bands) {
    const file = item.files.find((f) => f.name === band.file)!;
    expect(file.sha256).toBe(band.sha256);
    const decoded = await decodeStoredImage(ext, file.sha256);
    expect(decoded.sha256).toBe(file.sha256);
    expect({ width: decoded.width, height: decoded.height }).toEqual(band.pixels);
  }
  const sum = json.bands.reduce((a, b) => a + b.height, 0);
  expect(sum).toBeGreaterThanOrEqual(json.completeness.bands.listHeight - 1);
  // Bands follow each other with no hole between them.
  let reached = 0;
  for (const band of [...json.bands].sort((a, b) => a.offset - b.offset)) {
    expect(band.offset).toBeLessThanOrEqual(reached + 1);
    reached = Math.max(reached, band.offset + band.height);
  }
  expect(reached).toBeGreaterThanOrEqual(json.completeness.bands.listHeight - 1);
}

/** Pixels of one colour in a stored image (the in-page button's blue must never be in a band). */
async function countColour(page: Page, sha256: string, rgb: [number, number, number]): Promise<number> {
  return idb(
    page,
    async (db, { key, rgb }, { req }) => {
      const rec = (await req(db.transaction('blobs').objectStore('blobs').get(key))) as { data: Blob };
      const bitmap = await createImageBitmap(rec.data);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) n++;
      return n;
    },
    { key: sha256, rgb },
  );
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('whole-chat capture in Chromium', () => {
  beforeAll(async () => {
    s = await launch({
      hosts: HOSTS,
      extraRoots: { '/messaging/': join(CHAT_DIR, 'amazon'), '/pc_seller_v2/': join(CHAT_DIR, 'feige') },
    });
    ext = await s.context.newPage();
    ext.on('dialog', (d) => {
      dialogs.push(`extension: ${d.message()}`);
      void d.dismiss();
    });
    await ext.goto(s.extensionUrl('library.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  // The demo thread saved from the in-page button, once, by whichever test asks first.
  const demoThread = fixture(async () => {
    const { page } = await openChat(`${DEMO}/demo-thread.html`);
    const total = Number(await page.getAttribute('body', 'data-total'));
    await expect
      .poll(() => inPageText(page, 'chat-button', 'button'), { timeout: 20_000 })
      .toContain('Save whole chat');
    await pressInPage(page, 'chat-button');
    await expect
      .poll(() => inPageText(page, 'chat-button', '.status'), { timeout: 40_000 })
      .toMatch(/Chat saved|could not|Could not/i);
    const status = await inPageText(page, 'chat-button', '.status');
    const { evidence, cases } = await readStore(ext);
    const item = evidence
      .filter((e) => e.kind === 'chat-transcript' && e.sourceUrl.includes('/demo-thread.html'))
      .at(-1)!;
    return { page, total, status, cases, ...(await transcriptOf(item.id)) };
  });

  it('saves the demo shop thread from the in-page button: every message in order, images hashed, bands covering the list', async () => {
    const { page, total, status, item, cases, json, txt } = await demoThread();
    expect(status).toContain(`Chat saved: ${total} messages`);
    expect(json.messages).toHaveLength(total);
    expect(json.messages.map((m) => m.id)).toEqual(
      Array.from({ length: total }, (_, i) => `ds-${String(i + 1).padStart(4, '0')}`),
    );
    expect(new Set(json.messages.map((m) => m.key)).size).toBe(total);
    expect(json.completeness).toMatchObject({
      messages: total,
      startReached: true,
      startBasis: 'marker',
      complete: true,
    });
    expect(json.messages[0]).toMatchObject({
      role: 'buyer',
      time: '2026-11-04T02:12:00.000Z',
      text: '你好，我想确认一下订单 DS-20261104-0001 什么时候发货？',
      translation: 'Hello, when will order DS-20261104-0001 ship?',
    });

    // Images: the page's own file, a data: URL and a blob: URL are kept as bytes; another host's only by address.
    const images = json.messages.flatMap((m) => m.attachments.filter((a) => a.kind === 'image'));
    const own = images.find((a) => a.url.endsWith('/chat/img/mug-crack.svg'))!;
    expect(own.saved).toBe(true);
    expect(own.sha256).toBe(sha(readFileSync(join(CHAT_DIR, 'img/mug-crack.svg'))));
    expect(item.files.find((f) => f.name === own.file)?.sha256).toBe(own.sha256);
    expect(images.find((a) => a.url.startsWith('data:image/png'))?.saved).toBe(true);
    const blob = images.find((a) => a.url.startsWith('blob:'))!;
    expect(blob.saved).toBe(true);
    expect((await decodeStoredImage(ext, blob.sha256!)).width).toBe(160);
    const foreign = images.find((a) => a.url.includes('img.other-cdn.test'))!;
    expect(foreign.saved).toBe(false);
    expect(foreign.reason).toContain('another host');
    expect(json.completeness.images).toEqual({ total: 4, saved: 3, notRead: 1 });
    expect(item.capture.health.join(' ')).toContain('could not be read');

    await expectBandsCover(item, json);
    // The button sits over the list's lower right: hidden while the bands were taken, so in none of them.
    expect(await inPageVisible(page, 'chat-button')).toBe(true);
    for (const band of json.bands) expect(await countColour(ext, band.sha256, [29, 79, 145]), band.file).toBe(0);
    expect(json.orderNumbers).toEqual(['DS-20261104-0001']);
    const owner = cases.find((c) => c.id === item.caseId)!;
    expect(owner).toMatchObject({ platform: 'demo-shop', orderRef: 'DS-20261104-0001' });
    expect(txt).toContain('[1] 2026-11-04T02:12:00.000Z · buyer · 我 Me');
  });

  it('stores markup typed in a message as text and never runs it, in the page or in the library', async () => {
    const { item, json } = await demoThread();
    const literal = '<img src=x onerror=alert(1)> <script>alert("chat")</script>';
    expect(json.messages.some((m) => m.text.startsWith(literal))).toBe(true);
    const lib = await s.context.newPage();
    lib.on('dialog', (d) => {
      dialogs.push(`library: ${d.message()}`);
      void d.dismiss();
    });
    await lib.goto(s.extensionUrl(`library.html#case=${item.caseId}`));
    const pre = lib.locator('pre.transcript').first();
    await expect.poll(() => pre.textContent(), { timeout: 10_000 }).toContain(literal);
    expect(await lib.locator('img[src="x"]').count()).toBe(0);
    expect(await lib.locator('pre.transcript script, pre.transcript img').count()).toBe(0);
    await lib.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await lib.close();
  });

  it('walks a virtualised list that loads history in pages and unloads rows: every message once, in order', async () => {
    const { page, tabId } = await openChat(`${DEMO}/virtual.html`);
    expect(await page.locator('.chat-msg').count()).toBeLessThanOrEqual(32);
    const result = await captureViaMessage(tabId);
    expect(result).toMatchObject({ messages: 200, startReached: true, complete: true });
    const { json } = await transcriptOf((result.evidenceIds as string[])[0]!);
    expect(json.completeness.historyPages).toBe(8);
    expect(json.messages).toHaveLength(200);
    json.messages.forEach((m, i) => {
      if (i === 57 || i === 58) expect(m.text).toBe('好的 OK');
      else if (i === 101) expect(m.text).toContain('DS-20261104-0001');
      else expect(m.text.endsWith(`· ${i + 1}`), `message ${i + 1}: ${m.text}`).toBe(true);
    });
    // The order named in the messages links the transcript to that order's case.
    const { evidence, cases } = await readStore(ext);
    const orderCase = cases.find((c) => c.platform === 'demo-shop' && c.orderRef === 'DS-20261104-0001');
    expect(result.caseId).toBe(orderCase?.id);
    await expectBandsCover(
      evidence.find((e) => e.id === (result.evidenceIds as string[])[0])!,
      json,
    );
    await page.close();
  });

  it('saves a 500-message thread whole', async () => {
    const { page, tabId } = await openChat(`${DEMO}/long-500.html`);
    const result = await captureViaMessage(tabId);
    expect(result).toMatchObject({ messages: 500, startReached: true, complete: true });
    const { json, item } = await transcriptOf((result.evidenceIds as string[])[0]!);
    expect(json.messages.map((m) => m.id)).toEqual(
      Array.from({ length: 500 }, (_, i) => `l${String(i + 1).padStart(4, '0')}`),
    );
    await expectBandsCover(item, json);
    await page.close();
  });

  it('saves the partial transcript with a clear warning when history stops loading', async () => {
    const { page, tabId } = await openChat(`${DEMO}/stalled.html`);
    const result = await captureViaMessage(tabId);
    expect(result).toMatchObject({ messages: 80, startReached: false, complete: false, partial: true });
    const health = (result.health as string[]).join(' ');
    expect(health).toContain('Older history stopped loading after 2 page(s)');
    expect(health).toContain('Could not load earlier messages');
    const { json, item } = await transcriptOf((result.evidenceIds as string[])[0]!);
    expect(json.completeness.gaps[0]).toMatchObject({ kind: 'history-error' });
    expect(json.messages.map((m) => m.text.split('· ').at(-1))).toEqual(
      Array.from({ length: 80 }, (_, i) => String(i + 121)),
    );
    expect(item.capture.health).toEqual(result.health);
    await page.close();
  });

  it('reads an Amazon-like Seller Central thread under its real host and links it to the order', async () => {
    const { page, tabId } = await openChat('http://sellercentral.amazon.com/messaging/thread.html');
    const total = Number(await page.getAttribute('body', 'data-total'));
    const result = await captureViaMessage(tabId);
    expect(result).toMatchObject({ messages: total, startReached: true, orderId: '114-3941689-8772232' });
    const { json } = await transcriptOf((result.evidenceIds as string[])[0]!);
    expect(json.platform).toBe('amazon');
    expect(json.messages.slice(0, 5).map((m) => m.role)).toEqual(['buyer', 'seller', 'buyer', 'seller', 'platform']);
    expect(json.messages[6]).toMatchObject({
      text: '我们保证 11 月 18 日前送达。',
      translation: 'We guarantee delivery before Nov 18.',
    });
    expect(json.messages[2]!.attachments[0]).toMatchObject({
      saved: true,
      sha256: sha(readFileSync(join(CHAT_DIR, 'img/mug-crack.svg'))),
    });
    const { cases } = await readStore(ext);
    expect(cases.find((c) => c.id === result.caseId)).toMatchObject({
      platform: 'amazon',
      orderRef: '114-3941689-8772232',
    });
    await page.close();
  });

  it('loads a 飞鸽-like workbench’s older messages until its start marker', async () => {
    // jinritemai.com is on Chromium's HSTS preload list, so the page must come over https: Playwright answers
    // those requests from the demo files, before any connection is made.
    await s.context.route(/^https:\/\/im\.jinritemai\.com\//, async (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = path.startsWith('/pc_seller_v2/')
        ? join(CHAT_DIR, 'feige', path.slice('/pc_seller_v2/'.length))
        : join(CHAT_DIR, '..', path);
      const type = file.endsWith('.svg')
        ? 'image/svg+xml'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/html; charset=utf-8';
      await route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
    });
    const { page, tabId } = await openChat(
      'https://im.jinritemai.com/pc_seller_v2/main/workspace.html?fromOrder=6912345678901234567',
    );
    const total = Number(await page.getAttribute('body', 'data-total'));
    const result = await captureViaMessage(tabId);
    expect(result).toMatchObject({
      messages: total,
      startReached: true,
      complete: true,
      orderId: '6912345678901234567',
    });
    const { json, item } = await transcriptOf((result.evidenceIds as string[])[0]!);
    expect(json.completeness.historyPages).toBe(1);
    expect(json.messages[0]).toMatchObject({ id: 'fg0001', role: 'buyer' });
    expect(json.messages.map((m) => m.id)).toEqual(
      Array.from({ length: total }, (_, i) => `fg${String(i + 1).padStart(4, '0')}`),
    );
    await expectBandsCover(item, json);
    await page.close();
  });

  it('generic mode: the user points at the list once, and the site remembers it', async () => {
    const { page, tabId } = await openChat('http://plain-shop.test/chat/generic.html');
    expect(await captureViaMessage(tabId)).toEqual({ picking: true });
    await page.locator('orderproof-chat-picker').waitFor({ state: 'attached' });
    const box = (await page.locator('.wrap .bubble').nth(3).boundingBox())!;
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.click(box.x + 10, box.y + 10);
    await expect.poll(() => inPageText(page, 'chat-button', '.status'), { timeout: 30_000 }).toMatch(/Chat saved/);
    const remembered = await idb(ext, async (db, _arg, { req }) => {
      const rec = await req(db.transaction('settings').objectStore('settings').get('chatList:plain-shop.test'));
      return rec as { value: { selector: string } } | undefined;
    });
    expect(remembered?.value.selector).toBeTruthy();
    expect(remembered?.value.selector).not.toContain('css-9f3k2x');
    // The second time no picking: the remembered list is used.
    const again = await captureViaMessage(tabId);
    expect(again).toMatchObject({ messages: 30 });
    const { json } = await transcriptOf((again.evidenceIds as string[])[0]!);
    expect(json.mode).toBe('generic');
    expect(json.messages[0]!.text).toContain('第 1 条消息 message 1');
    expect(json.messages[29]!.text).toContain('message 30');
    expect(json.messages[0]!.role).toBe('unknown');
    await page.close();
  });

  it('walks a list that scrolls with the document (the first demo chat page)', async () => {
    const { page, tabId } = await openChat(`${DEMO}/DS-20261104-0001.html`);
    await page.setViewportSize({ width: 1280, height: 300 });
    const result = await captureViaMessage(tabId);
    expect(result).toMatchObject({ messages: 3, startReached: true, complete: true, orderId: 'DS-20261104-0001' });
    const { json, item } = await transcriptOf((result.evidenceIds as string[])[0]!);
    expect(json.messages.map((m) => m.role)).toEqual(['buyer', 'seller', 'buyer']);
    expect(json.bands.length).toBeGreaterThan(1);
    await expectBandsCover(item, json);
    await page.close();
  });

  // No test may make any page, ours or the shop's, show a dialog.
  afterEach(() => {
    expect(dialogs.splice(0)).toEqual([]);
  });
});
