import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { CaptureJournal } from './journal';

/** Raised when a capture must stop early; whatever was captured before it is still kept. */
export class CaptureStopped extends Error {}

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
  private closed = false;
  private readonly onRemoved = (tabId: number) => {
    if (tabId === this.tabId) this.closed = true;
  };

  constructor(
    readonly tabId: number,
    readonly windowId: number,
    readonly maxMs: number,
  ) {
    browser.tabs.onRemoved.addListener(this.onRemoved);
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

  /** Stops the capture if its tab is gone or is no longer the one in front of its window. */
  async checkTab(): Promise<void> {
    if (this.closed) throw new CaptureStopped(t('healthPartialTabClosed'));
    let tab;
    try {
      tab = await browser.tabs.get(this.tabId);
    } catch {
      this.closed = true;
      throw new CaptureStopped(t('healthPartialTabClosed'));
    }
    // captureVisibleTab pictures whatever tab is in front: a switch must stop, not mix pages.
    if (!tab.active) throw new CaptureStopped(t('healthPartialTabLeft'));
  }

  progress(done: number, total: number): void {
    const text = `${done}/${total}`;
    void (browser.action ?? browser.browserAction)?.setBadgeText({ tabId: this.tabId, text }).catch(() => undefined);
    void browser.runtime
      .sendMessage({ type: 'capture.progress', tabId: this.tabId, text: t('captureProgress', done, total), done: false })
      .catch(() => undefined);
  }

  finish(): void {
    browser.tabs.onRemoved.removeListener(this.onRemoved);
    if (!this.closed) void (browser.action ?? browser.browserAction)?.setBadgeText({ tabId: this.tabId, text: '' }).catch(() => undefined);
    void browser.runtime.sendMessage({ type: 'capture.progress', tabId: this.tabId, text: '', done: true }).catch(() => undefined);
  }
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
