import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import en from '../../../public/_locales/en/messages.json';
import {
  SharedShots,
  takeFull,
  takeSnapshot,
  takeVisible,
  type SharedShot,
} from '../../../entrypoints/background/save-pictures';
import { caseTarget } from '../../../entrypoints/background/capture';
import { CaptureJournal } from '../../../utils/capture/journal';
import type { AreaCapture } from '../../../utils/capture/stitch';
import { setCatalogue, t } from '../../../utils/i18n';
import type { PagePayload } from '../../../utils/schemas/messages';
import { freshDb } from '../../support/db';
import { fakeTabScript } from './fake-tab';

const URL_A = 'https://demo-shop.orderproof.test/orders/list.html';
const PAGE: PagePayload = {
  url: URL_A,
  title: 'Orders',
  text: 'Orders',
  viewport: { width: 1280, height: 800 },
  pageSize: { width: 1280, height: 3000 },
  devicePixelRatio: 1,
  marketplace: 'demo-shop',
  kind: 'order-list',
  role: 'buyer',
  orders: [],
};
const PNG_A = new Uint8Array([137, 80, 78, 71, 1]);
const PNG_B = new Uint8Array([137, 80, 78, 71, 2]);
const dataUrl = (png: Uint8Array) => `data:image/png;base64,${btoa(String.fromCharCode(...png))}`;

/** The page tools in the tab: they answer the ping and record every hide/show of OrderProof's UI. */
function pageTools(): boolean[] {
  const hidden: boolean[] = [];
  fakeTabScript({
    'tools.ping': () => ({ ready: true }),
    'tools.prepare': ({ hidden: h }) => {
      hidden.push(h as boolean);
      return { ok: true };
    },
  });
  return hidden;
}

async function tabs() {
  const page = await browser.tabs.create({ url: URL_A, active: true });
  const bank = await browser.tabs.create({ url: 'https://bank.example/', active: false });
  await browser.tabs.update(page.id!, { active: true });
  return { page: { id: page.id!, windowId: page.windowId!, url: URL_A }, bank: bank.id! };
}

describe('the picture stages of a save', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setCatalogue('en', en);
  });
  afterEach(() => {
    setCatalogue(undefined);
    vi.restoreAllMocks();
  });

  describe('takeVisible', () => {
    it('pictures the tab in front, with OrderProof’s UI hidden for the picture and shown again after', async () => {
      const hidden = pageTools();
      const { page } = await tabs();
      fakeBrowser.tabs.captureVisibleTab = (async () => {
        expect(hidden).toEqual([true]);
        return dataUrl(PNG_A);
      }) as never;
      expect(await takeVisible(page.id, page, URL_A)).toEqual(PNG_A);
      expect(hidden).toEqual([true, false]);
    });

    it('throws away a picture taken while another tab came in front, and takes it again once the tab is back', async () => {
      pageTools();
      const { page, bank } = await tabs();
      let calls = 0;
      fakeBrowser.tabs.captureVisibleTab = (async () => {
        calls++;
        if (calls === 1) {
          // The other tab comes forward during the first picture, and the user comes back soon after.
          await browser.tabs.update(bank, { active: true });
          setTimeout(() => void browser.tabs.update(page.id, { active: true }), 100);
          return dataUrl(PNG_B);
        }
        return dataUrl(PNG_A);
      }) as never;
      expect(await takeVisible(page.id, page, URL_A)).toEqual(PNG_A);
      expect(calls).toBe(2);
    });

    it('refuses, with its UI back on the page, when the tab went to another address', async () => {
      const hidden = pageTools();
      const { page } = await tabs();
      fakeBrowser.tabs.captureVisibleTab = (async () => {
        await browser.tabs.update(page.id, { url: 'https://elsewhere.example/' });
        return dataUrl(PNG_B);
      }) as never;
      await expect(takeVisible(page.id, page, URL_A)).rejects.toThrow(t('errorPageNavigated'));
      expect(hidden.at(-1)).toBe(false);
    });
  });

  describe('takeFull', () => {
    const shot = (parts: number): AreaCapture => ({
      image: { parts: Array.from({ length: parts }, () => PNG_A), width: 1280, height: 3000 },
      area: { x: 0, y: 0, width: 1280, height: 3000 },
      metrics: { pageSize: PAGE.pageSize, viewport: PAGE.viewport, devicePixelRatio: 1 } as AreaCapture['metrics'],
      method: 'scroll-stitch:tabs.captureVisibleTab',
    });

    it('returns the picture with its run’s health and partial mark, and its journal still open', async () => {
      const hidden = pageTools();
      const { page } = await tabs();
      const close = vi.spyOn(CaptureJournal.prototype, 'close');
      const taken = await takeFull(
        freshDb(),
        page.id,
        page,
        PAGE,
        caseTarget({}, PAGE, undefined),
        1,
        async (_db, run) => {
          expect(run.journal).toBeInstanceOf(CaptureJournal);
          expect(hidden).toEqual([true]);
          run.markPartial('The tab was closed.');
          return shot(2);
        },
      );
      expect(taken.partial).toBe(true);
      expect(taken.health).toEqual(['The tab was closed.', t('healthPageSplit', 2)]);
      expect(taken.journal).toBeInstanceOf(CaptureJournal);
      expect(close).not.toHaveBeenCalled();
      expect(hidden).toEqual([true, false]);
    });

    it('a failed capture closes its journal (nothing to resume) and shows the UI again', async () => {
      const hidden = pageTools();
      const { page } = await tabs();
      const close = vi.spyOn(CaptureJournal.prototype, 'close');
      await expect(
        takeFull(freshDb(), page.id, page, PAGE, caseTarget({}, PAGE, undefined), 1, () =>
          Promise.reject(new Error('debugger detached')),
        ),
      ).rejects.toThrow('debugger detached');
      expect(close).toHaveBeenCalledTimes(1);
      expect(hidden).toEqual([true, false]);
    });
  });

  describe('reuseShared', () => {
    const LIST = { url: URL_A, orders: [{ orderId: 'A' }, { orderId: 'B' }] } as unknown as PagePayload;
    const prior: SharedShot = { url: URL_A, at: 1_000, orderIds: ['A'], png: PNG_A };

    it('shares the last picture with another order of the same list page within a minute', () => {
      const shots = new SharedShots();
      expect(shots.reuseShared(7, LIST, 'B', 2_000)).toBeUndefined();
      shots.remember(7, prior);
      expect(shots.reuseShared(7, LIST, 'B', 2_000)).toBe(prior);
    });

    it('never for the same order again, another page or tab, a single-order page, no order, or later', () => {
      const shots = new SharedShots();
      shots.remember(7, prior);
      expect(shots.reuseShared(7, LIST, 'A', 2_000)).toBeUndefined();
      expect(shots.reuseShared(8, LIST, 'B', 2_000)).toBeUndefined();
      expect(shots.reuseShared(7, { ...LIST, url: `${URL_A}?page=2` }, 'B', 2_000)).toBeUndefined();
      expect(shots.reuseShared(7, { ...LIST, orders: LIST.orders.slice(0, 1) }, 'B', 2_000)).toBeUndefined();
      expect(shots.reuseShared(7, LIST, undefined, 2_000)).toBeUndefined();
      expect(shots.reuseShared(7, LIST, 'B', 61_000)).toBeUndefined();
    });
  });

  describe('takeSnapshot', () => {
    const original = (fakeBrowser as { pageCapture?: unknown }).pageCapture;
    afterEach(() => Object.assign(fakeBrowser, { pageCapture: original }));
    const mhtml = new TextEncoder().encode('MIME-Version: 1.0');

    it('retries the first saveAsMHTML once, as Chrome’s first one in a fresh browser can fail', async () => {
      const save = vi
        .fn()
        .mockRejectedValueOnce(new Error('unreadable'))
        .mockResolvedValueOnce(new Blob([mhtml]));
      Object.assign(fakeBrowser, { pageCapture: { saveAsMHTML: save } });
      expect(await takeSnapshot(7)).toEqual({ mhtml, health: [] });
      expect(save).toHaveBeenCalledWith({ tabId: 7 });
    });

    it('says why there is no snapshot: failed twice, or no pageCapture (Firefox)', async () => {
      Object.assign(fakeBrowser, { pageCapture: { saveAsMHTML: vi.fn().mockRejectedValue(new Error('denied')) } });
      expect(await takeSnapshot(7)).toEqual({
        health: [t('healthSnapshotFailed', 'denied')],
      });
      Object.assign(fakeBrowser, { pageCapture: undefined });
      expect(await takeSnapshot(7)).toEqual({ health: [t('healthSnapshotUnavailable')] });
    });
  });
});
