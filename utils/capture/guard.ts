import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';

/**
 * captureVisibleTab pictures whatever tab is in front of a window, not a tab of our choosing. These are
 * the checks that keep a picture of one page from being stored as evidence of another: the tab must be
 * in front (of the same window, on the same document) right before and right after each picture, with
 * no other tab brought forward in between, and captures in one window run one at a time.
 */

/** Why a picture cannot be taken for a tab now; `front` when it can. */
export type FrontState = 'front' | 'behind' | 'moved' | 'navigated' | 'closed';

/** The document a tab shows, as far as its address tells: the fragment is a place in the same document. */
export function documentUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Pure: where `tab` stands against the tab a capture is for. An unknown address cannot be confirmed. */
export function frontState(
  tab: Pick<Browser.tabs.Tab, 'active' | 'windowId' | 'url'> | undefined,
  expected: { windowId: number; url: string },
): FrontState {
  if (!tab) return 'closed';
  if (tab.url === undefined || documentUrl(tab.url) !== documentUrl(expected.url)) return 'navigated';
  if (tab.windowId !== expected.windowId) return 'moved';
  if (!tab.active) return 'behind';
  return 'front';
}

/** Raised when a capture must stop early; whatever was captured before it is still kept. */
export class CaptureStopped extends Error {}

/** Raised when a picture was not taken or was discarded because its tab was not the one in front. */
export class NotInFront extends CaptureStopped {
  constructor(readonly state: Exclude<FrontState, 'front'>) {
    super(stateText(state));
  }
}

export function stateText(state: Exclude<FrontState, 'front'>): string {
  if (state === 'closed') return t('healthPartialTabClosed');
  if (state === 'navigated') return t('healthPartialNavigated');
  return t('healthPartialTabLeft');
}

const locks = new Map<number, Promise<void>>();

/**
 * Runs `work` alone among the captures of one window: two saves from two tabs of a window would
 * otherwise bring their tabs forward in turn and take each other's pictures.
 */
export async function withWindowLock<T>(windowId: number, work: () => Promise<T>): Promise<T> {
  const before = locks.get(windowId) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = before.then(() => mine);
  locks.set(windowId, tail);
  await before;
  try {
    return await work();
  } finally {
    release();
    if (locks.get(windowId) === tail) locks.delete(windowId);
  }
}

/** Whether any capture holds or waits for the window's lock (for tests and diagnostics). */
export function windowLocked(windowId: number): boolean {
  return locks.has(windowId);
}

const POLL_MS = 200;

/**
 * Watches one tab for one capture. Every activation in its window is counted, so a switch away and
 * back between the check before a picture and the check after it still discards the picture.
 */
export class FrontGuard {
  private activations = 0;
  private readonly onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === this.windowId) this.activations++;
  };

  constructor(
    readonly tabId: number,
    readonly windowId: number,
    readonly url: string,
  ) {
    browser.tabs.onActivated.addListener(this.onActivated);
  }

  async state(): Promise<FrontState> {
    let tab: Browser.tabs.Tab | undefined;
    try {
      tab = await browser.tabs.get(this.tabId);
    } catch {
      return 'closed';
    }
    return frontState(tab, this);
  }

  /** Throws NotInFront unless the tab is in front now; returns the activation count to compare after. */
  async before(): Promise<number> {
    const mark = this.activations;
    const state = await this.state();
    if (state !== 'front') throw new NotInFront(state);
    return mark;
  }

  /** Throws NotInFront unless the tab is still in front and nothing else came forward since `mark`. */
  async after(mark: number): Promise<void> {
    const state = await this.state();
    if (state !== 'front') throw new NotInFront(state);
    if (this.activations !== mark) throw new NotInFront('behind');
  }

  /**
   * Waits, up to `ms`, for the user to bring the tab back to the front. False at once when it cannot
   * come back as the same page (closed, navigated, moved to another window).
   */
  async waitForFront(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    for (;;) {
      const state = await this.state();
      if (state === 'front') return true;
      if (state !== 'behind' || Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
    }
  }

  dispose(): void {
    browser.tabs.onActivated.removeListener(this.onActivated);
  }
}
