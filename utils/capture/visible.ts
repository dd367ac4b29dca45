import { browser } from 'wxt/browser';
import { dataUrlToBytes } from '../background/capture-env';

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
  const message = err instanceof Error ? err.message : String(err);
  return /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|quota/i.test(message);
}

export interface PaceStats {
  quotaRetries: number;
}

export async function captureVisiblePng(windowId: number, stats: PaceStats = { quotaRetries: 0 }): Promise<Uint8Array> {
  for (let attempt = 0; ; attempt++) {
    const wait = nextAllowed - Date.now();
    if (wait > 0) await sleep(wait);
    nextAllowed = Date.now() + MIN_INTERVAL_MS;
    try {
      const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
      return dataUrlToBytes(dataUrl).bytes;
    } catch (err) {
      if (!isQuotaError(err) || attempt >= MAX_RETRIES) throw err;
      stats.quotaRetries++;
      nextAllowed = Date.now() + 1000;
    }
  }
}
