import { t } from '../i18n';
import { PRELOAD_MS } from './preload';
import type { PageMetrics } from '../schemas/messages';
import type { PagePort } from './page-port';
import { type Band, composeBands, type ComposedImage, pngSize } from './compose';
import { CaptureRun, CaptureStopped } from './context';
import { errorText } from '../error-text';
import { planBands, type Rect } from './geometry';
import type { PaceStats } from './visible';

export interface AreaCapture {
  image: ComposedImage;
  /** The area pictured, page CSS px: the page, or what of it was captured before a stop. */
  area: Rect;
  metrics: PageMetrics;
  method: string;
}

const STITCH_METHOD = 'scroll-stitch:tabs.captureVisibleTab';

/**
 * Scroll and stitch: the page is scrolled one visible height at a time and each view pictured
 * with captureVisibleTab, paced under Chrome's quota. Fixed elements show in the first band only
 * and stuck sticky ones are hidden (the content script decides), so nothing repeats down the
 * page. The page is put back (scroll position, hidden elements) whatever happens.
 *
 * `region` given: only the bands that cover it; no scrolling at all when it is already in view.
 * (An order of a list is brought into view clear of the page's pinned bars first: order-area.ts.)
 */
export async function stitchCapture(
  run: CaptureRun,
  port: PagePort,
  maxHeight: number,
  region?: Rect,
): Promise<AreaCapture> {
  const start = await port({ type: 'tools.measure' });
  const visible = start.visible;
  const stats: PaceStats = { quotaRetries: 0 };
  const bands: Band[] = [];
  let bottom: number;
  let top: number;
  let x: number;
  let initialHeight: number;
  let last = start;
  const inView =
    region &&
    region.y >= start.scrollY &&
    region.y + region.height <= start.scrollY + visible.height &&
    region.x >= start.scrollX &&
    region.x + region.width <= start.scrollX + visible.width;

  if (region) {
    top = region.y;
    bottom = region.y + region.height;
    initialHeight = start.pageSize.height;
    x =
      region.x >= start.scrollX && region.x + region.width <= start.scrollX + visible.width
        ? start.scrollX
        : Math.floor(region.x);
  } else {
    const pre = await port({ type: 'tools.preload', maxMs: PRELOAD_MS });
    if (pre.blank > 0) run.note(t('healthBlankImages', pre.blank));
    top = 0;
    // Measured after lazy images loaded: growth from here on is the page changing under capture.
    initialHeight = pre.pageHeight;
    bottom = Math.min(pre.pageHeight, maxHeight);
    x = 0;
  }

  try {
    if (inView) {
      bands.push({ ...placement(start), png: await run.shootWhenInFront(stats) });
    } else {
      for (let i = 0, y = planBands(top, bottom, visible.height)[0]!; y < bottom; i++, y += visible.height) {
        if (run.overTime) {
          run.markPartial(t('healthPartialTime', Math.round(run.maxMs / 1000)));
          break;
        }
        // Scrolled again after the user comes back: the picture is taken only with this tab in front.
        const png = await run.shootWhenInFront(stats, async () => {
          // A region below the page's top is pictured without the bars pinned over it: they are not
          // in their place there, and would cover what was asked for.
          last = await port({ type: 'tools.scroll', x, y, hideFixed: i > 0 || (region !== undefined && y > 0) });
        });
        const band = { ...placement(last), png };
        bands.push(band);
        // A page that grows while it is captured (infinite scroll) is followed up to the height limit.
        if (!region) bottom = Math.min(last.pageSize.height, maxHeight);
        const expected = Math.max(bands.length, Math.ceil((bottom - top) / visible.height));
        run.progress(bands.length, expected);
        if (!region)
          await run.journal?.band(bands.length - 1, band, {
            method: STITCH_METHOD,
            width: visible.width,
            bottom,
            viewportWidth: start.viewport.width,
            devicePixelRatio: last.devicePixelRatio,
            pageSize: last.pageSize,
            expected,
            health: run.health,
          });
        // The browser clamped the scroll: this band already reaches the end of the page.
        if (last.scrollY + visible.height >= bottom) break;
      }
    }
  } catch (err) {
    if (!(err instanceof CaptureStopped) && !(await run.isGone())) throw err;
    run.markPartial(run.stopReason(err));
  } finally {
    if (!inView && !run.tabClosed) {
      await port({ type: 'tools.restore', x: start.scrollX, y: start.scrollY }).catch((err: unknown) =>
        run.note(t('healthRestoreFailed', errorText(err))),
      );
    }
  }
  if (stats.quotaRetries) run.note(t('healthQuotaRetries', stats.quotaRetries));
  if (!bands.length) throw new Error(run.health.at(-1) ?? t('errorNothingCaptured'));
  if (!region && last.pageSize.height > maxHeight) run.markPartial(t('healthPartialHeight', maxHeight));
  if (!region && last.pageSize.height !== initialHeight)
    run.note(t('healthPageGrowing', initialHeight, last.pageSize.height));
  if (!region && start.pageSize.width > visible.width + 1)
    run.note(t('healthPageWider', start.pageSize.width, visible.width));

  const scale = pngSize(bands[0]!.png).width / start.viewport.width;
  for (const band of bands) band.scale = scale;
  const covered = Math.max(...bands.map((b) => b.y + b.height));
  const area: Rect = region
    ? { x: region.x, y: region.y, width: region.width, height: Math.min(region.height, covered - region.y) }
    : { x: 0, y: 0, width: visible.width, height: Math.min(covered, bottom) };
  const image = await composeBands(bands, area, scale);
  return { image, area, metrics: last, method: STITCH_METHOD };
}

function placement(m: PageMetrics): Omit<Band, 'png'> {
  return { x: m.scrollX, y: m.scrollY, width: m.visible.width, height: m.visible.height, scale: m.devicePixelRatio };
}
