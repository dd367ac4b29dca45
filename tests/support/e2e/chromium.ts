import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { DEMO_HOST, startDemoShop, type DemoShop } from '../../demo-shop/server';
import { patchedBuild, type Manifest } from './build';
import { freshInstall } from './reset';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_ID = 'gafmnehhhipinpcakklcidpgdbpigfka';

/** Flags that keep Chromium quiet on a machine with no network but the package registries. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];

/**
 * Hosts every browser maps to the demo server, whether its file asked for them or not (no other file
 * visits them): then the files that ask for these alone share the default browser instead of each
 * launching one of its own (chat, page-cannot-act, and chat-adapters' marketplace chats).
 */
const COMMON_HOSTS = [
  'sellercentral.amazon.com',
  'img.other-cdn.test',
  'plain-shop.test',
  'www.ebay.com',
  'www.aliexpress.com',
  'message.alibaba.com',
];

/** The slice of chrome.tabs the tests call inside the service worker. */
type ChromeTabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

export interface Session {
  context: BrowserContext;
  worker: Worker;
  shop: DemoShop;
  downloads: string;
  profile: string;
  extensionUrl(path: string): string;
  openPopup(tabId?: number): Promise<Page>;
  /** The tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language, e.g. 'en-US' or 'zh-CN'. */
  lang?: string;
  headless?: boolean;
  downloads?: string;
  /** Extra host names to map to the local server, e.g. a marketplace host for a saved page. */
  hosts?: string[];
  extraRoots?: Record<string, string>;
  /** Keep the profile folder after close (the demo shows where things went). */
  keepProfile?: boolean;
  /** Start on this existing profile (a browser restart), e.g. one kept by an earlier `keepProfile` session. */
  profile?: string;
  /** Leave the first-run page that opens on install (only the test of that page wants it). */
  keepWelcome?: boolean;
  /** Load a copy of the build with this change to its manifest (e.g. a permission production does not ask for). */
  patchManifest?: (manifest: Manifest) => void;
  /**
   * A browser no later file gets: for a test that changes the browser beyond what `freshInstall` undoes
   * (a storage quota override, say). Every option above but `lang`, `hosts` and `extraRoots` implies it.
   */
  own?: boolean;
}

async function closeWelcome(context: BrowserContext, url: string): Promise<void> {
  // It comes a few seconds after launch, later on a loaded machine; missed, it would open mid-test.
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const welcome = context.pages().find((p) => p.url() === url);
    if (welcome) return welcome.close();
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function launchBrowser(options: LaunchOptions): Promise<Session> {
  const shop = await startDemoShop(options.extraRoots);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'orderproof-profile-'));
  const downloads = options.downloads ?? mkdtempSync(join(tmpdir(), 'orderproof-downloads-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  // Downloads go to a folder we name, under their own names, with no prompt.
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({
      download: { default_directory: downloads, prompt_for_download: false },
      savefile: { default_directory: downloads },
    }),
  );
  const hosts = [...new Set([DEMO_HOST, ...COMMON_HOSTS, ...(options.hosts ?? [])])];
  const lang = options.lang ?? 'en-US';
  const extensionDir = options.patchManifest ? patchedBuild(EXTENSION_DIR, options.patchManifest) : EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    acceptDownloads: false,
    locale: lang,
    viewport: { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
    args: [
      ...CHROMIUM_FLAGS,
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${shop.port}`).join(', ')}`,
      '--ignore-certificate-errors',
    ],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Playwright takes over downloads; hand them back to Chromium so they land in `downloads` under their names.
  const browserSession = await context.browser()?.newBrowserCDPSession();
  const cdp = browserSession ?? (await context.newCDPSession(context.pages()[0] ?? (await context.newPage())));
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  const extensionUrl = (path: string) => `chrome-extension://${EXTENSION_ID}/${path.replace(/^\//, '')}`;
  // A fresh profile installs the extension, which opens its first-run page in a new tab at some moment
  // after launch; left open, it would come to the front in the middle of a test's save.
  if (!options.profile && !options.keepWelcome) await closeWelcome(context, extensionUrl('welcome.html'));
  const session: Session = {
    context,
    worker,
    shop,
    downloads,
    profile,
    extensionUrl,
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.goto(extensionUrl(`popup.html${tabId ? `?tabId=${tabId}` : ''}`));
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      // The session's worker, not the first one: the worker restarts (idle stop, `freshInstall`).
      return session.worker.evaluate(async (u) => {
        const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
        const tabs = await api.tabs.query({});
        const tab = tabs.find((t) => t.url === u);
        if (!tab?.id) throw new Error(`no tab for ${u}`);
        return tab.id;
      }, url);
    },
    async close() {
      await context.close();
      await shop.close();
      if (!options.keepProfile) rmSync(profile, { recursive: true, force: true });
      // A downloads folder made here is the session's own; one the caller named is the caller's.
      if (!options.downloads && !options.keepProfile) rmSync(downloads, { recursive: true, force: true });
      if (extensionDir !== EXTENSION_DIR) rmSync(extensionDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Browsers that files have closed, kept for the next file that launches with the same options: a launch
 * costs Chromium's start and the first-run tab (5 to 15 s here), a `freshInstall` about a second. The e2e
 * files run one after another in one process (`isolate: false`), so this outlives each file.
 */
const idle = new Map<string, Session>();
// One per launch key the e2e files use (default, zh-CN, zh-TW, and one spare): with fewer, a language in
// between evicts the default browser and the next file launches it again.
const MAX_IDLE = 4;
const closeFor = new WeakMap<Session, () => Promise<void>>();

/**
 * The key under which a closed browser waits for the next file. `keepWelcome` is not in it: such a launch
 * must be a fresh install (its first-run tab), so it never takes a kept browser, but once its file closes
 * it, the browser is like any other with its language and hosts (screens' three serve the later files).
 */
function shareKey(o: LaunchOptions): string | undefined {
  if (o.own || o.profile || o.keepProfile || o.patchManifest || o.downloads || o.headless === false) return undefined;
  // Extra folders are the demo server's to serve, set again for each file (`setRoots`): not part of the key.
  const hosts = [...new Set(o.hosts ?? [])].filter((h) => !COMMON_HOSTS.includes(h)).sort();
  return JSON.stringify([o.lang ?? 'en-US', hosts]);
}

async function closeIdle(keep: number): Promise<void> {
  while (idle.size > keep) {
    const [key, session] = idle.entries().next().value!;
    idle.delete(key);
    pause(session, false);
    await closeFor.get(session)!();
  }
}

/** The processes under these (Linux: /proc): a browser's zygotes, renderers, GPU and utility processes. */
function withDescendants(roots: number[]): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // it ended meanwhile
    }
  }
  const all = new Set(roots);
  for (const pid of all) for (const child of children.get(pid) ?? []) all.add(child);
  return [...all];
}

/**
 * Stops (or resumes) every process of a kept browser. A kept browser is not idle: the pages its last
 * file left open, the extension's worker and Chromium's own timers cost 1.3 to 1.8 CPU-seconds a minute
 * each, and up to four wait through the rest of the run (README "Running the tests"). Stopped, they
 * cost nothing; resumed, they carry on where they were (Playwright sends nothing to a browser it is
 * not driving).
 */
function pause(session: Session, stop: boolean): void {
  if (!existsSync('/proc')) return;
  for (const pid of withDescendants(processesOf(session.profile)))
    try {
      process.kill(pid, stop ? 'SIGSTOP' : 'SIGCONT');
    } catch {
      // it ended meanwhile
    }
}

/** The processes started with this profile (Linux: /proc), found by the `--user-data-dir` Playwright gives. */
function processesOf(profile: string): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`);
      } catch {
        return false; // it ended meanwhile
      }
    })
    .map(Number);
}

/**
 * Vitest ends the e2e process with SIGTERM, then SIGKILL half a second later: too soon to close the browsers
 * still kept, or even to remove their profiles while they die. So SIGTERM exits at once, and the exit handler
 * kills the browsers and leaves their folders to a detached `rm`, which outlives this process.
 */
function removeFoldersAtExit(): void {
  process.once('SIGTERM', () => process.exit(0));
  process.once('exit', () => {
    const dirs = [...idle.values()].flatMap((session) => {
      // Its stopped renderers too (pause): they would not die with the browser's main process.
      for (const pid of withDescendants(processesOf(session.profile)))
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // it ended with the browser's main process
        }
      return [session.profile, session.downloads];
    });
    if (dirs.length > 0)
      spawn('sh', ['-c', 'sleep 1; rm -rf -- "$@"', 'sh', ...dirs], { detached: true, stdio: 'ignore' }).unref();
  });
}
let removing = false;

/**
 * A browser with the extension freshly installed: Chromium started with `options`, or one an earlier file
 * closed with the same options, put back to a fresh install's state (`freshInstall`).
 */
export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const key = shareKey(options);
  if (key === undefined) return launchBrowser(options);
  const kept = options.keepWelcome ? undefined : idle.get(key);
  if (kept) {
    idle.delete(key);
    pause(kept, false);
    await freshInstall(kept);
    kept.shop.setRoots(options.extraRoots ?? {});
    return kept;
  }
  const session = await launchBrowser(options);
  closeFor.set(session, session.close);
  session.close = async () => {
    if (idle.get(key) === session) return;
    if (idle.has(key)) return closeFor.get(session)!();
    if (!removing) removeFoldersAtExit();
    removing = true;
    idle.set(key, session);
    pause(session, true);
    await closeIdle(MAX_IDLE);
  };
  return session;
}
