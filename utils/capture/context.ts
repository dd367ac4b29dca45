import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { CaptureStopped, FrontGuard, NotInFront } from './guard';
import type { CaptureJournal } from './journal';
import { DEFAULT_RETURN_WAIT_MS } from './settings';
import { captureVisiblePng, type PaceStats } from './visible';

export { CaptureStopped } from './guard';

/** How often in one capture it waits for the user to come back to its tab. */
export const MAX_RETURNS = 3;

let returnWait: () => Promise<number> = () => Promise.resolve(DEFAULT_RETURN_WAIT_MS);

/** Where each wait for the user's return reads its length (the background reads the settings). */
export function setReturnWaitSource(source: () => Promise<number>): void {
  returnWait = source;
}

/**
 * One capture's running state: its deadline, whether its tab still exists, its health notes and
 * its progress, shown on the toolbar badge (never on the page, which is being pictured) and
 * broadcast to the popup.
 */
export class CaptureRun {
  readonly health: string[] = [];
  partial = false;
  readonly startedAt = Date.now();
  /** Set for a full-page save, so the bands outlive a background stopped mid-capture. */
  journal?: CaptureJournal;
  /** Whether this run's tab is in front around each picture. */
  readonly guard: FrontGuard;
  private returns = 0;
  private closed = false;
  private readonly onRemoved = (tabId: number) => {
    if (tabId === this.tabId) this.closed = true;
  };

  constructor(
    readonly tabId: number,
    readonly windowId: number,
    readonly url: string,
    readonly maxMs: number,
  ) {
    browser.tabs.onRemoved.addListener(this.onRemoved);
    this.guard = new FrontGuard(tabId, windowId, url);
  }

  get tabClosed(): boolean {
    return this.closed;
  }

  /**
   * Whether the tab is gone, asking the browser: a message to a closing tab can fail before the
   * tab's removal event arrives, and that failure must read as "tab closed", not as an error.
   */
  async isGone(): Promise<boolean> {
    if (this.closed) return true;
    try {
      await browser.tabs.get(this.tabId);
      return false;
    } catch {
      this.closed = true;
      return true;
    }
  }

  get overTime(): boolean {
    return Date.now() - this.startedAt > this.maxMs;
  }

  note(text: string): void {
    if (!this.health.includes(text)) this.health.push(text);
  }

  markPartial(reason: string): void {
    this.partial = true;
    this.note(reason);
  }

  /** One picture of this run's tab, paced; NotInFront when another tab was or may have been in front. */
  shoot(stats: PaceStats): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new NotInFront('closed'));
    return captureVisiblePng(this.guard, stats);
  }

  /**
   * After a picture was refused or discarded: waits, bounded, for the user to bring the tab back so
   * the picture can be taken again. False when the capture must stop instead (the tab cannot come
   * back as the same page, did not come back in time, or left too often).
   */
  async awaitReturn(err: unknown): Promise<boolean> {
    if (!(err instanceof NotInFront) || err.state !== 'behind' || this.returns >= MAX_RETURNS || (await this.isGone()))
      return false;
    this.returns++;
    void browser.runtime
      .sendMessage({ type: 'pages.progress', tabId: this.tabId, text: t('captureWaitingForTab'), done: false })
      .catch(() => undefined);
    return this.guard.waitForFront(await returnWait().catch(() => DEFAULT_RETURN_WAIT_MS));
  }

  /** A picture once the tab is in front: `prepare` (e.g. scrolling to the band) runs before each try. */
  async shootWhenInFront(stats: PaceStats, prepare?: () => Promise<void>): Promise<Uint8Array> {
    for (;;) {
      await prepare?.();
      try {
        return await this.shoot(stats);
      } catch (err) {
        if (await this.awaitReturn(err)) continue;
        // A closing tab first drops behind another: said as closed, which is what happened.
        if (err instanceof NotInFront && (await this.isGone())) throw new NotInFront('closed');
        throw err;
      }
    }
  }

  /** The reason a stop leaves the capture partial, in words for health. */
  stopReason(err: unknown): string {
    return err instanceof CaptureStopped ? err.message : t('healthPartialTabClosed');
  }

  progress(done: number, total: number): void {
    const text = `${done}/${total}`;
    void (browser.action ?? browser.browserAction)?.setBadgeText({ tabId: this.tabId, text }).catch(() => undefined);
    void browser.runtime
      .sendMessage({ type: 'pages.progress', tabId: this.tabId, text: t('captureProgress', done, total), done: false })
      .catch(() => undefined);
  }

  finish(): void {
    browser.tabs.onRemoved.removeListener(this.onRemoved);
    this.guard.dispose();
    if (!this.closed)
      void (browser.action ?? browser.browserAction)
        ?.setBadgeText({ tabId: this.tabId, text: '' })
        .catch(() => undefined);
    void browser.runtime
      .sendMessage({ type: 'pages.progress', tabId: this.tabId, text: '', done: true })
      .catch(() => undefined);
  }
}
