import { browser } from 'wxt/browser';
import { dataUrlToBytes } from './meta';
import type { FrontGuard } from './guard';
import { errorText } from '../error-text';
import { rgbIfOpaque } from '../png-encode';

/**
 * Chrome allows two captureVisibleTab calls per second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND);
 * one more aborts with a quota error. Calls are spaced a little over half a second apart, across
 * every capture in this worker, and a quota error is waited out and retried, counted in health.
 */
export const MIN_INTERVAL_MS = 510;
const MAX_RETRIES = 6;
let nextAllowed = 0;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isQuotaError(err: unknown): boolean {
  const message = errorText(err);
  return /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|quota/i.test(message);
}

export interface PaceStats {
  quotaRetries: number;
}

/**
 * One picture of the guarded tab. The pacing wait comes first, then the check that the tab is in
 * front, then at once the picture, then the check again: a picture taken while anything else may
 * have been in front is thrown away (NotInFront), never returned.
 */
export async function captureVisiblePng(
  guard: FrontGuard,
  stats: PaceStats = { quotaRetries: 0 },
): Promise<Uint8Array> {
  for (let attempt = 0; ; attempt++) {
    const wait = nextAllowed - Date.now();
    if (wait > 0) await sleep(wait);
    const mark = await guard.before();
    nextAllowed = Date.now() + MIN_INTERVAL_MS;
    let dataUrl: string;
    try {
      dataUrl = await browser.tabs.captureVisibleTab(guard.windowId, { format: 'png' });
    } catch (err) {
      if (!isQuotaError(err) || attempt >= MAX_RETRIES) throw err;
      stats.quotaRetries++;
      nextAllowed = Date.now() + 1000;
      continue;
    }
    await guard.after(mark);
    // Stored as RGB where the browser wrote an opaque RGBA picture: report.pdf then takes it as it is.
    return rgbIfOpaque(dataUrlToBytes(dataUrl).bytes);
  }
}
