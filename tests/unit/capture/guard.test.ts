import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  documentUrl,
  FrontGuard,
  frontState,
  NotInFront,
  windowLocked,
  withWindowLock,
} from '../../../utils/capture/guard';
import { captureVisiblePng } from '../../../utils/capture/visible';
import { CaptureRun } from '../../../utils/capture/context';
import { frontTab } from '../../../entrypoints/background/capture';
import { setCatalogue } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';

setCatalogue('en', en);

const PAGE = 'https://shop.example/orders/1';
const expected = { windowId: 1, url: PAGE };

describe('frontState', () => {
  it('is front only for the active tab of the same window on the same document', () => {
    expect(frontState({ active: true, windowId: 1, url: PAGE }, expected)).toBe('front');
    expect(frontState({ active: true, windowId: 1, url: `${PAGE}#reviews` }, expected)).toBe('front');
    expect(frontState({ active: false, windowId: 1, url: PAGE }, expected)).toBe('behind');
    expect(frontState({ active: true, windowId: 2, url: PAGE }, expected)).toBe('moved');
    expect(frontState({ active: true, windowId: 1, url: 'https://bank.example/' }, expected)).toBe('navigated');
    expect(frontState({ active: true, windowId: 1, url: `${PAGE}?page=2` }, expected)).toBe('navigated');
    expect(frontState(undefined, expected)).toBe('closed');
  });

  it('cannot confirm a tab whose address it cannot see', () => {
    expect(frontState({ active: true, windowId: 1 }, expected)).toBe('navigated');
  });

  it('calls a tab that left its page navigated even when it is also behind', () => {
    expect(frontState({ active: false, windowId: 1, url: 'https://bank.example/' }, expected)).toBe('navigated');
  });

  it('documentUrl drops only the fragment', () => {
    expect(documentUrl('https://a.example/x?y=1#z')).toBe('https://a.example/x?y=1');
    expect(documentUrl('https://a.example/x')).toBe('https://a.example/x');
  });
});

describe('withWindowLock', () => {
  it('runs the captures of one window one after another, in order', async () => {
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = withWindowLock(7, async () => {
      log.push('a start');
      await new Promise<void>((r) => (releaseFirst = r));
      log.push('a end');
      return 'a';
    });
    const second = withWindowLock(7, async () => {
      log.push('b start');
      return 'b';
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(log).toEqual(['a start']);
    expect(windowLocked(7)).toBe(true);
    releaseFirst();
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b start']);
    expect(windowLocked(7)).toBe(false);
  });

  it('lets two windows capture at the same time', async () => {
    let release!: () => void;
    const held = withWindowLock(1, () => new Promise<void>((r) => (release = r)));
    const other = await Promise.race([
      withWindowLock(2, async () => 'ran'),
      new Promise((r) => setTimeout(() => r('blocked'), 50)),
    ]);
    expect(other).toBe('ran');
    release();
    await held;
  });

  it('is released when a capture fails', async () => {
    await expect(withWindowLock(3, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await withWindowLock(3, async () => 'next')).toBe('next');
    expect(windowLocked(3)).toBe(false);
  });
});

const PNG_URL = 'data:image/png;base64,iVBORw0KGgo=';

async function twoTabs(): Promise<{ page: number; bank: number; windowId: number }> {
  const page = await browser.tabs.create({ url: PAGE, active: true });
  const bank = await browser.tabs.create({ url: 'https://bank.example/', active: false });
  await browser.tabs.update(page.id!, { active: true });
  return { page: page.id!, bank: bank.id!, windowId: page.windowId };
}

describe('FrontGuard and captureVisiblePng', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the picture when the tab stays in front', async () => {
    const { page, windowId } = await twoTabs();
    const capture = vi.fn(async () => PNG_URL);
    fakeBrowser.tabs.captureVisibleTab = capture as never;
    const guard = new FrontGuard(page, windowId, PAGE);
    const png = await captureVisiblePng(guard);
    expect(png.byteLength).toBeGreaterThan(0);
    expect(capture).toHaveBeenCalledWith(windowId, { format: 'png' });
    guard.dispose();
  });

  it('takes no picture when another tab is in front', async () => {
    const { page, bank, windowId } = await twoTabs();
    await browser.tabs.update(bank, { active: true });
    const capture = vi.fn(async () => PNG_URL);
    fakeBrowser.tabs.captureVisibleTab = capture as never;
    const guard = new FrontGuard(page, windowId, PAGE);
    await expect(captureVisiblePng(guard)).rejects.toMatchObject({ state: 'behind' });
    expect(capture).not.toHaveBeenCalled();
    guard.dispose();
  });

  it('discards a picture when the user switched away while it was taken', async () => {
    const { page, bank, windowId } = await twoTabs();
    fakeBrowser.tabs.captureVisibleTab = (async () => {
      await browser.tabs.update(bank, { active: true });
      return PNG_URL;
    }) as never;
    const guard = new FrontGuard(page, windowId, PAGE);
    const err = await captureVisiblePng(guard).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotInFront);
    expect((err as NotInFront).state).toBe('behind');
    guard.dispose();
  });

  it('discards a picture even when the user switched away and back while it was taken', async () => {
    const { page, bank, windowId } = await twoTabs();
    fakeBrowser.tabs.captureVisibleTab = (async () => {
      await browser.tabs.update(bank, { active: true });
      await browser.tabs.update(page, { active: true });
      return PNG_URL;
    }) as never;
    const guard = new FrontGuard(page, windowId, PAGE);
    await expect(captureVisiblePng(guard)).rejects.toBeInstanceOf(NotInFront);
    guard.dispose();
  });

  it('discards a picture taken while the tab went to another address', async () => {
    const { page, windowId } = await twoTabs();
    fakeBrowser.tabs.captureVisibleTab = (async () => {
      await browser.tabs.update(page, { url: 'https://elsewhere.example/' });
      return PNG_URL;
    }) as never;
    const guard = new FrontGuard(page, windowId, PAGE);
    await expect(captureVisiblePng(guard)).rejects.toMatchObject({ state: 'navigated' });
    guard.dispose();
  });

  it('waits for the user to come back, and not for a tab that cannot', async () => {
    const { page, bank, windowId } = await twoTabs();
    await browser.tabs.update(bank, { active: true });
    const guard = new FrontGuard(page, windowId, PAGE);
    expect(await guard.waitForFront(300)).toBe(false);
    setTimeout(() => void browser.tabs.update(page, { active: true }), 100);
    expect(await guard.waitForFront(5000)).toBe(true);
    await browser.tabs.update(page, { url: 'https://elsewhere.example/', active: false });
    const started = Date.now();
    expect(await guard.waitForFront(5000)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    guard.dispose();
  });

  it('a run retakes a spoiled picture once the user is back', async () => {
    const { page, bank, windowId } = await twoTabs();
    let calls = 0;
    fakeBrowser.tabs.captureVisibleTab = (async () => {
      calls++;
      // The first picture is spoiled by a switch; the user comes back a moment later.
      if (calls === 1) {
        await browser.tabs.update(bank, { active: true });
        setTimeout(() => void browser.tabs.update(page, { active: true }), 100);
      }
      return PNG_URL;
    }) as never;
    const run = new CaptureRun(page, windowId, PAGE, 60_000);
    expect((await run.shootWhenInFront({ quotaRetries: 0 })).byteLength).toBeGreaterThan(0);
    expect(calls).toBe(2);
    run.finish();
  });

  it('a run stops at once, without waiting, when its tab went to another page', async () => {
    const { page, windowId } = await twoTabs();
    const capture = vi.fn(async () => PNG_URL);
    fakeBrowser.tabs.captureVisibleTab = capture as never;
    await browser.tabs.update(page, { url: 'https://elsewhere.example/' });
    const run = new CaptureRun(page, windowId, PAGE, 60_000);
    const started = Date.now();
    await expect(run.shootWhenInFront({ quotaRetries: 0 })).rejects.toThrow(/went to another address/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(capture).not.toHaveBeenCalled();
    run.finish();
  });
});

describe('frontTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('never brings a tab forward for a page, and does for OrderProof’s own pages', async () => {
    const { page, bank } = await twoTabs();
    await browser.tabs.update(bank, { active: true });
    await expect(frontTab(page)).rejects.toThrow();
    expect((await browser.tabs.get(page)).active).toBe(false);
    expect((await frontTab(page, true)).id).toBe(page);
    expect((await browser.tabs.get(page)).active).toBe(true);
    expect((await frontTab(page)).id).toBe(page);
  });
});
