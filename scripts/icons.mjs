// Regenerates the extension's PNG icons from their one vector source, assets/icon.svg, by drawing it
// in the Chromium the tests use (the same renderer that shows the icon): node scripts/icons.mjs
// The 128 px icon keeps the source's 16 px transparent margin (the stores' layout: 96 px artwork);
// the toolbar sizes (16, 32, 48) use the artwork's own box, as small icons are drawn edge to edge.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SOURCE = 'assets/icon.svg';
const STORE_VIEW = '0 0 128 128';
const TOOLBAR_VIEW = '14 14 100 100';
const SIZES = [
  { size: 16, view: TOOLBAR_VIEW },
  { size: 32, view: TOOLBAR_VIEW },
  { size: 48, view: TOOLBAR_VIEW },
  { size: 128, view: STORE_VIEW },
];

const svg = readFileSync(SOURCE, 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, view } of SIZES) {
    const sized = svg
      .replace(/viewBox="[^"]*"/, `viewBox="${view}"`)
      .replace(/width="\d+"/, `width="${size}"`)
      .replace(/height="\d+"/, `height="${size}"`);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${sized}</body>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(`public/icon/${size}.png`, png);
    console.log(`public/icon/${size}.png  ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
