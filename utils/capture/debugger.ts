import { browser } from 'wxt/browser';
import { z } from 'zod';
import { t } from '../i18n';
import type { PagePort } from './page-port';
import { type Band, composeBands, pngSize } from './compose';
import type { CaptureRun } from './context';
import { errorText } from '../error-text';
import { planTiles } from './geometry';
import type { AreaCapture } from './stitch';
import { sleep } from './visible';
import { preloadImages } from './preload';

const layoutSchema = z.object({
  cssContentSize: z.object({ width: z.number(), height: z.number() }).optional(),
  contentSize: z.object({ width: z.number(), height: z.number() }),
  cssLayoutViewport: z.object({ clientWidth: z.number(), clientHeight: z.number() }).optional(),
  layoutViewport: z.object({ clientWidth: z.number(), clientHeight: z.number() }),
});
const screenshotSchema = z.object({ data: z.string().min(1) });

const COMMAND_TIMEOUT_MS = 15_000;
/** Measured: after the viewport is resized to the page, the first picture is right only after a pause. */
const SETTLE_MS = 300;

/** Whether the fast method can run: Chrome with the optional debugger permission granted. */
export async function debuggerAvailable(): Promise<boolean> {
  if (!('debugger' in browser) || !browser.debugger) return false;
  return browser.permissions.contains({ permissions: ['debugger'] }).catch(() => false);
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    sleep(COMMAND_TIMEOUT_MS).then(() => {
      throw new Error(t('errorTimedOut', what));
    }),
  ]);
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * The fast full page over chrome.debugger, in the sequence that gave right pixels in every
 * measured run: layout metrics, viewport resized to the content, a pause, the picture, the
 * override cleared, detach. Pages taller than 16,384 device px are pictured in tiles and stitched.
 */
export async function debuggerCapture(run: CaptureRun, port: PagePort, maxHeight: number): Promise<AreaCapture> {
  const target = { tabId: run.tabId };
  const send = async (method: string, params?: Record<string, unknown>): Promise<unknown> =>
    withTimeout(browser.debugger.sendCommand(target, method, params), method);
  await preloadImages(run, port);
  const start = await port({ type: 'tools.measure' });
  const dpr = start.devicePixelRatio;
  await withTimeout(browser.debugger.attach(target, '1.3'), 'debugger.attach');
  let overridden = false;
  try {
    const layout = layoutSchema.parse(await send('Page.getLayoutMetrics'));
    const content = layout.cssContentSize ?? layout.contentSize;
    const width = Math.round((layout.cssLayoutViewport ?? layout.layoutViewport).clientWidth);
    const fullHeight = Math.ceil(content.height);
    const height = Math.min(fullHeight, maxHeight);
    if (fullHeight > maxHeight) run.markPartial(t('healthPartialHeight', maxHeight));
    await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: dpr, mobile: false });
    overridden = true;
    await sleep(SETTLE_MS);
    const after = layoutSchema.parse(await send('Page.getLayoutMetrics'));
    const grown = Math.ceil((after.cssContentSize ?? after.contentSize).height);
    if (grown !== fullHeight) run.note(t('healthPageGrowing', fullHeight, grown));

    const tiles = planTiles(height, dpr);
    const bands: Band[] = [];
    for (const [i, tile] of tiles.entries()) {
      if (run.overTime) {
        run.markPartial(t('healthPartialTime', Math.round(run.maxMs / 1000)));
        break;
      }
      if (run.tabClosed) {
        run.markPartial(t('healthPartialTabClosed'));
        break;
      }
      const shot = screenshotSchema.parse(
        await send('Page.captureScreenshot', {
          format: 'png',
          ...(tiles.length > 1 ? { clip: { x: 0, y: tile.y, width, height: tile.height, scale: 1 } } : {}),
        }),
      );
      bands.push({ x: 0, y: tile.y, width, height: tile.height, scale: dpr, png: base64ToBytes(shot.data) });
      if (tiles.length > 1) run.progress(i + 1, tiles.length);
    }
    if (!bands.length) throw new Error(run.health.at(-1) ?? t('errorNothingCaptured'));
    const covered = Math.max(...bands.map((b) => b.y + b.height));
    const area = { x: 0, y: 0, width, height: covered };
    // One tile is already the whole picture: keep the browser's own bytes rather than re-encode them.
    const image =
      bands.length === 1 ? { parts: [bands[0]!.png], ...pngSize(bands[0]!.png) } : await composeBands(bands, area, dpr);
    return {
      image,
      area,
      metrics: { ...start, pageSize: { width: Math.round(content.width), height: grown } },
      method: 'debugger:Page.captureScreenshot',
    };
  } finally {
    if (overridden)
      await send('Emulation.clearDeviceMetricsOverride').catch((err: unknown) => run.note(errorText(err)));
    await browser.debugger.detach(target).catch(() => undefined);
    if (!run.tabClosed) {
      await port({ type: 'tools.restore', x: start.scrollX, y: start.scrollY }).catch(() => undefined);
    }
  }
}
