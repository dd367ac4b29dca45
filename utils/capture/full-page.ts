import { t } from '../i18n';
import type { OrderProofDB } from '../db/database';
import { CaptureRun } from './context';
import { errorText } from '../error-text';
import { debuggerAvailable, debuggerCapture } from './debugger';
import { captureTabArea, firefoxCaptureTab } from './firefox';
import type { Rect } from './geometry';
import type { PagePort } from './page-port';
import { getCaptureLimits, getCaptureMethod } from './settings';
import { type AreaCapture, stitchCapture } from './stitch';

export async function startRun(
  db: OrderProofDB,
  tabId: number,
  windowId: number,
  url: string,
): Promise<{ run: CaptureRun; maxHeight: number }> {
  const limits = await getCaptureLimits(db);
  return { run: new CaptureRun(tabId, windowId, url, limits.maxMs), maxHeight: limits.maxHeight };
}

/**
 * The whole page by the method the user chose. Firefox pictures rectangles directly; Chrome uses
 * the debugger when chosen and granted, and scroll-and-stitch otherwise. Whenever the chosen method
 * cannot run, the capture still happens by stitching and health says why.
 */
export async function captureFullPage(
  db: OrderProofDB,
  run: CaptureRun,
  port: PagePort,
  maxHeight: number,
): Promise<AreaCapture> {
  const captureTab = firefoxCaptureTab();
  if (captureTab) {
    try {
      return await captureTabArea(run, port, captureTab, maxHeight);
    } catch (err) {
      if (await run.isGone()) throw err;
      run.note(t('healthFastFailed', errorText(err)));
    }
    return stitchCapture(run, port, maxHeight);
  }
  if ((await getCaptureMethod(db)) === 'debugger') {
    if (await debuggerAvailable()) {
      try {
        return await debuggerCapture(run, port, maxHeight);
      } catch (err) {
        if (await run.isGone()) throw err;
        run.note(t('healthFastFailed', errorText(err)));
      }
    } else {
      run.note(t('healthDebuggerRefused'));
    }
  }
  return stitchCapture(run, port, maxHeight);
}

/** Exactly `rect` of the page (CSS px): pictured in place when in view, else scrolled to band by band. */
export async function captureRegion(run: CaptureRun, port: PagePort, rect: Rect): Promise<AreaCapture> {
  const captureTab = firefoxCaptureTab();
  if (captureTab) return captureTabArea(run, port, captureTab, Number.POSITIVE_INFINITY, rect);
  return stitchCapture(run, port, Number.POSITIVE_INFINITY, rect);
}
