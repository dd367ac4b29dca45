import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { PagePort } from './page-port';
import { type Band, composeBands } from './compose';
import { type CaptureRun, CaptureStopped } from './context';
import type { FrontState } from './guard';
import { type Rect } from './geometry';
import type { AreaCapture } from './stitch';
import { dataUrlToBytes } from './meta';
import { preloadImages } from './preload';

/** Firefox's tabs.captureTab, which pictures any rectangle of the page without scrolling it. */
type CaptureTab = (tabId: number, options: { format: 'png'; rect: Rect; scale: number }) => Promise<string>;

export function firefoxCaptureTab(): CaptureTab | undefined {
  const tabs = browser.tabs as unknown as { captureTab?: CaptureTab };
  return typeof tabs.captureTab === 'function' ? tabs.captureTab.bind(browser.tabs) : undefined;
}

/** Strips this tall keep each picture well inside Firefox's canvas limits. */
const STRIP = 4096;

/** Whether the tab no longer shows the page the capture began on. */
const gone = (state: FrontState) => state === 'closed' || state === 'navigated';
export async function captureTabArea(
  run: CaptureRun,
  port: PagePort,
  captureTab: CaptureTab,
  maxHeight: number,
  region?: Rect,
): Promise<AreaCapture> {
  if (!region) await preloadImages(run, port);
  const m = await port({ type: 'tools.measure' });
  const scale = m.devicePixelRatio;
  let area: Rect = region ?? { x: 0, y: 0, width: m.visible.width, height: Math.min(m.pageSize.height, maxHeight) };
  if (!region && m.pageSize.height > maxHeight) run.markPartial(t('healthPartialHeight', maxHeight));
  const bands: Band[] = [];
  for (let y = area.y; y < area.y + area.height; y += STRIP) {
    if (run.overTime) {
      run.markPartial(t('healthPartialTime', Math.round(run.maxMs / 1000)));
      break;
    }
    if (run.tabClosed) throw new CaptureStopped(t('healthPartialTabClosed'));
    const rect = { x: area.x, y, width: area.width, height: Math.min(STRIP, area.y + area.height - y) };
    // captureTab pictures this tab even from behind others, but not a page it has left: checked around each strip.
    const before = await run.guard.state();
    const png = gone(before)
      ? undefined
      : dataUrlToBytes(await captureTab(run.tabId, { format: 'png', rect, scale })).bytes;
    const after = png ? await run.guard.state() : before;
    if (!png || gone(after)) {
      run.markPartial(t(after === 'closed' ? 'healthPartialTabClosed' : 'healthPartialNavigated'));
      break;
    }
    bands.push({ ...rect, scale, png });
    run.progress(bands.length, Math.ceil(area.height / STRIP));
  }
  if (!bands.length) throw new Error(run.health.at(-1) ?? t('errorNothingCaptured'));
  area = { ...area, height: Math.max(...bands.map((b) => b.y + b.height)) - area.y };
  return { image: await composeBands(bands, area, scale), area, metrics: m, method: 'tabs.captureTab' };
}
