import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DEMO_HOST, startDemoShop, type DemoShop } from '../../demo-shop/server';
import { patchedBuild } from './build';
import { idb } from './idb';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'orderproof@orderproof.app';
/** Pinned with `extensions.webextensions.uuids`, so the tests know the extension's moz-extension:// host. */
export const EXTENSION_UUID = '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b';

/**
 * WebDriver BiDi refuses to navigate a tab to a moz-extension:// page ("not allowed in this context"),
 * and a web page may only go there when the page is web-accessible. So the tests load a copy of the
 * Firefox build whose manifest alone lists the popup and the library as web-accessible (the shipped
 * build is untouched): a tab on the demo shop then sets its own location to the extension page, which
 * loads as a full extension page. Tabs the extension opens itself (the popup's library link, a
 * reminder's notification) are hidden from BiDi altogether: tests see them through `tabs.query`.
 */
function testBuild(): string {
  return patchedBuild(FIREFOX_BUILD, (manifest) => {
    manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), 'popup.html', 'library.html'];
  });
}

export interface FirefoxSession {
  browser: Browser;
  shop: DemoShop;
  /** The demo shop under its own host name; Firefox resolves the name to 127.0.0.1, the port stays in the URL. */
  origin: string;
  downloads: string;
  /** The test copy of the build the browser loaded (`testBuild`). */
  extensionDir: string;
  extensionUrl(path: string): string;
  /** A shop page in a new tab, loaded. */
  openShopPage(path: string): Promise<Page>;
  /** An extension page (popup.html, library.html…) in a new tab, loaded, with the extension's APIs. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab id of a web page, as the extension sees it (asked from an extension page). */
  tabIdOf(ext: Page, page: Page): Promise<number>;
  close(): Promise<void>;
}

/** The reminder alarms' name prefix (utils/reminders/plan.ts). */
const REMINDER_ALARM = 'op-deadline|';

/**
 * The browser the last file closed, kept for the next file that asks for the same language: a Firefox
 * launch with the extension's install costs about 15 CPU-seconds, a reset about one. The Firefox e2e files
 * run one after another in one process (`isolate: false`), as Chromium's do (tests/support/e2e/chromium.ts).
 */
let idle: { lang: string; session: FirefoxSession; close(): Promise<void> } | undefined;

/**
 * Firefox with the extension freshly installed: started now, or the one an earlier file closed, put back
 * to a fresh install's state (`resetFirefox`).
 */
export async function launchFirefox(options: { lang?: string } = {}): Promise<FirefoxSession> {
  const lang = options.lang ?? 'en-US';
  if (idle?.lang === lang) {
    const { session } = idle;
    idle = undefined;
    await resetFirefox(session);
    return session;
  }
  const session = await startFirefox(lang);
  const close = session.close;
  session.close = async () => {
    if (idle?.session === session) return;
    const older = idle;
    idle = { lang, session, close };
    if (!removing) removeFoldersAtExit();
    removing = true;
    await older?.close();
  };
  return session;
}

let removing = false;
/**
 * Puppeteer kills the browser it launched when this process exits; the folders are left to a detached
 * `rm`, which outlives it (Vitest ends the process before an async clean-up could finish).
 */
function removeFoldersAtExit(): void {
  process.once('exit', () => {
    if (!idle) return;
    const args = idle.session.browser.process()?.spawnargs ?? [];
    const profile = args[args.indexOf('--profile') + 1];
    const dirs = [idle.session.downloads, idle.session.extensionDir, ...(profile ? [profile] : [])];
    spawn('sh', ['-c', 'sleep 1; rm -rf -- "$@"', 'sh', ...dirs], { detached: true, stdio: 'ignore' }).unref();
  });
}

/**
 * Puts a running Firefox back to a fresh install's state for the next file, as `resetExtension` does for
 * Chromium: every tab closed but one blank one (the extension's own tabs too), every table of the store emptied (the database and its
 * schema stay), the extension's storage, reminder alarms, notifications and toolbar badge cleared, and the
 * downloads folder emptied.
 */
async function resetFirefox(session: FirefoxSession): Promise<void> {
  const blank = await session.browser.newPage();
  for (const page of await session.browser.pages()) if (page !== blank) await page.close();
  const ext = await session.openExtensionPage('popup.html');
  const created = await ext.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'orderproof'));
  if (created)
    await idb(ext, async (db, _arg, { done }) => {
      const names = [...db.objectStoreNames];
      if (names.length === 0) return;
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) tx.objectStore(name).clear();
      await done(tx);
    });
  await ext.evaluate(async (prefix) => {
    type Api = {
      storage: { local: { clear(): Promise<void> }; session?: { clear(): Promise<void> } };
      alarms: { getAll(): Promise<{ name: string }[]>; clear(name: string): Promise<boolean> };
      notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
      browserAction?: { setBadgeText(d: { text: string }): Promise<void> };
      action?: { setBadgeText(d: { text: string }): Promise<void> };
      extension: { getViews(q: object): Window[] };
    };
    const api = (globalThis as unknown as { browser: Api }).browser;
    // Tabs the extension opened itself (the library from the popup's link) are hidden from BiDi.
    for (const view of api.extension.getViews({ type: 'tab' })) if (view !== window) view.close();
    await api.storage.local.clear();
    await api.storage.session?.clear();
    for (const alarm of await api.alarms.getAll())
      if (alarm.name.startsWith(prefix)) await api.alarms.clear(alarm.name);
    for (const id of Object.keys(await api.notifications.getAll())) await api.notifications.clear(id);
    await (api.action ?? api.browserAction)?.setBadgeText({ text: '' });
  }, REMINDER_ALARM);
  await ext.close();
  for (const name of readdirSync(session.downloads))
    rmSync(join(session.downloads, name), { recursive: true, force: true });
}

async function startFirefox(lang: string): Promise<FirefoxSession> {
  const shop = await startDemoShop();
  const dir = testBuild();
  const downloads = mkdtempSync(join(tmpdir(), 'orderproof-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    dumpio: process.env.FF_DEBUG === '1',
    extraPrefsFirefox: {
      ...(process.env.FF_DEBUG === '1'
        ? {
            'devtools.console.stdout.chrome': true,
            'devtools.console.stdout.content': true,
            'browser.dom.window.dump.enabled': true,
          }
        : {}),
      'network.dns.localDomains': DEMO_HOST,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': lang,
      'intl.accept_languages': lang,
      // Downloads land in a folder we name, under their own names, with no prompt.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.panel.shown': true,
    },
  });
  await browser.installExtension(dir);
  const origin = `http://${DEMO_HOST}:${shop.port}`;
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  async function openShopPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${origin}${path}`);
    return page;
  }

  const session: FirefoxSession = {
    browser,
    shop,
    origin,
    downloads,
    extensionDir: dir,
    extensionUrl,
    openShopPage,
    async openExtensionPage(path) {
      const page = await openShopPage('/about.html');
      const target = extensionUrl(path);
      await page.evaluate((u) => {
        location.href = u;
      }, target);
      await waitForExtensionPage(page, target);
      return page;
    },
    async tabIdOf(ext, page) {
      const url = page.url();
      return ext.evaluate(async (u) => {
        const tabs = await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({});
        const tab = tabs.find((t) => t.url === u);
        if (!tab?.id) throw new Error(`no tab for ${u}`);
        return tab.id;
      }, url);
    },
    async close() {
      await browser.close();
      await shop.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  await closeWelcome(session);
  return session;
}

/**
 * Installing the extension opens its first-run page in a tab BiDi cannot see; left open it would be the
 * tab in front when a test presses a page's button. Closed through the tabs API from an extension page.
 */
async function closeWelcome(session: FirefoxSession): Promise<void> {
  const ext = await session.openExtensionPage('popup.html');
  await until(
    // tabs.query hides the address of extension pages without the "tabs" permission; the extension's own
    // views are reachable from any of its pages, and a view can close its own tab.
    () =>
      ext.evaluate(() => {
        const views = (
          globalThis as unknown as { browser: { extension: { getViews(q: object): Window[] } } }
        ).browser.extension.getViews({ type: 'tab' });
        const open = views.filter((v) => v.location.pathname === '/welcome.html');
        for (const v of open) v.close();
        return open.length;
      }),
    (closed) => closed > 0,
    10_000,
    'the first-run tab',
  ).catch(() => undefined);
  await ext.close();
}

/** The slice of the WebExtension API the tests call from an extension page. */
export type ExtensionGlobal = {
  browser: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string; active?: boolean }[]>;
      update(id: number, p: object): Promise<unknown>;
      remove(ids: number[]): Promise<void>;
    };
    runtime: { sendMessage(m: object): Promise<unknown> };
    alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  };
};

/** Waits until a tab shows the given extension page, fully loaded (Puppeteer's page.url() does not follow it). */
export async function waitForExtensionPage(page: Page, url: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const here = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (here === url) return;
    if (Date.now() > deadline) throw new Error(`the tab never showed ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Presses an OrderProof in-page control with real mouse input at its host element: the controls live
 * in shadow roots that may be closed and answer only trusted events.
 */
export async function pressInPage(page: Page, tag: string): Promise<void> {
  await page.bringToFront();
  await page.waitForSelector(tag, { timeout: 20_000 });
  const box = await page.evaluate((t) => {
    const r = document.querySelector(t)!.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, tag);
  // The button is the top of the host; a status line may grow below it.
  await page.mouse.click(box.x + box.width / 2, box.y + Math.min(box.height / 2, 12));
}

/** Polls until `probe` returns a value that passes `ok`, returning it. */
export async function until<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch {
      // A page between documents answers nothing; try again.
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Sets a date field the way a picked date does: React hears the input event. */
export async function fillDate(page: Page, selector: string, iso: string): Promise<void> {
  await page.$eval(
    selector,
    (el, value) => {
      const input = el as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    iso,
  );
}

export function isoDaysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Sends a request the way the popup does, from an extension page. */
export function request<T = unknown>(
  ext: Page,
  message: object,
): Promise<{ ok: true; data: T } | { ok: false; error: string }> {
  return ext.evaluate(
    (m) =>
      (
        globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<never> } } }
      ).browser.runtime.sendMessage(m),
    message,
  );
}
