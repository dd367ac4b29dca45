import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/e2e/chromium';
import { decodeStoredImage, readStore } from '../support/e2e/store';
import { backgroundReply } from '../support/e2e/ask';

/**
 * The chosen order of a list page is pictured on its own (issue 13, D4). Most marketplaces pin a bar to
 * the top of the window once the page is scrolled; an order above the view is brought into it at the
 * top edge, under that bar. The crop must show the order, not the bar over it.
 */
const ORDER = 'DS-20261019-0417';
const RED = [220, 0, 0];

let s: Session;
let ext: Page;

beforeAll(async () => {
  s = await launch();
  ext = await s.context.newPage();
  await ext.goto(s.extensionUrl('library.html'));
});
afterAll(async () => {
  await s?.close();
});

async function cropUnderBar(viewportHeight: number): Promise<{ red: number[][]; points: [number, number][] }> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1000, height: viewportHeight });
  await page.goto(`${s.shop.origin}/orders/`);
  // A solid bar fixed at the top, as Taobao's, Amazon's and Temu's lists have once scrolled; the page
  // is made long enough that the chosen order starts above the view.
  await page.evaluate((rgb) => {
    const bar = document.createElement('div');
    bar.style.cssText = `position:fixed;top:0;left:0;right:0;height:90px;z-index:99;background:rgb(${rgb.join(',')})`;
    document.body.append(bar);
    const tail = document.createElement('div');
    tail.style.height = '3000px';
    document.body.append(tail);
    window.scrollTo(0, document.documentElement.scrollHeight);
  }, RED);
  await page.bringToFront();
  const saved = await backgroundReply<{ ok: boolean; data?: { caseId: string } }>(ext, {
    type: 'bg.capture.save',
    tabId: await s.tabIdOf(page),
    source: 'popup',
    orderId: ORDER,
  });
  expect(saved.ok).toBe(true);
  const crop = (await readStore(ext)).evidence.find(
    (e) => e.caseId === saved.data!.caseId && e.kind === 'screenshot' && e.title.includes(ORDER),
  );
  expect(crop, 'the order was cropped on its own').toBeTruthy();
  const png = crop!.files.find((f) => f.name.endsWith('.png'))!;
  const { width } = await decodeStoredImage(ext, png.sha256);
  const rows = [0, 2, 20, 45, 80];
  const points = rows.flatMap((y) => [0.1, 0.5, 0.9].map((x) => [Math.floor(width * x), y] as [number, number]));
  const { pixels } = await decodeStoredImage(ext, png.sha256, points);
  await page.close();
  return { red: pixels.filter(([r, g, b]) => r! > 180 && g! < 60 && b! < 60), points };
}

describe('an order under a fixed top bar', () => {
  it('is brought into view below the bar and pictured without it', async () => {
    const { red, points } = await cropUnderBar(420);
    expect(red, `bar pixels in the crop at ${JSON.stringify(points)}`).toEqual([]);
  }, 60_000);

  it('taller than the room under the bar, is pictured band by band without it', async () => {
    // 240 px of window, 90 of them bar: the 178-px order does not fit beneath it.
    const { red, points } = await cropUnderBar(240);
    expect(red, `bar pixels in the crop at ${JSON.stringify(points)}`).toEqual([]);
  }, 60_000);
});
