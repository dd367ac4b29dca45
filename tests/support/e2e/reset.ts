import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { EXTENSION_ID, launch, type LaunchOptions, type Session } from './chromium';
import { idb } from './idb';

/** The reminder alarms' name prefix (utils/reminders/plan.ts). */
const REMINDER_ALARM = 'op-deadline|';

type ChromeApi = {
  alarms: { getAll(): Promise<{ name: string }[]>; clear(name: string): Promise<boolean> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  action: { setBadgeText(d: { text: string }): Promise<void> };
  storage: { local: { clear(): Promise<void> }; session?: { clear(): Promise<void> } };
};

/** The extension's running service worker, started again if the browser stopped it (it does when idle). */
export async function liveWorker(session: Session): Promise<Worker> {
  const ours = () =>
    session.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`));
  let worker = ours();
  if (!worker) {
    // The popup asks the background at once, which starts it.
    const page = await session.context.newPage();
    const started = session.context.waitForEvent('serviceworker');
    await page.goto(session.extensionUrl('popup.html'));
    worker = ours() ?? (await started);
    await page.close();
  }
  session.worker = worker;
  return worker;
}

/**
 * Puts a running browser back to a fresh install's state, so the tests of one file can share one launch
 * and still not depend on each other's order: closes every tab but one blank one (as at launch), empties every table of the evidence
 * store (the database and its schema stay, as after the extension's first start), clears the extension's
 * storage areas, its reminder alarms, notifications and toolbar badge, and empties the downloads folder.
 * Raw IndexedDB writes do not reach the background's live queries, so what the background derives from
 * the store (alarms, badge) is reset here the way its rebuild would leave it with no cases.
 */
export async function resetExtension(session: Session): Promise<void> {
  const blank = await session.context.newPage();
  for (const page of session.context.pages()) if (page !== blank) await page.close();
  const worker = await liveWorker(session);
  const created = await worker.evaluate(
    `indexedDB.databases().then((dbs) => dbs.some((d) => d.name === 'orderproof'))`,
  );
  if (created)
    await idb(worker, async (db, _arg, { done }) => {
      const names = [...db.objectStoreNames];
      if (names.length === 0) return;
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) tx.objectStore(name).clear();
      await done(tx);
    });
  await worker.evaluate(async (prefix) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await api.storage.local.clear();
    await api.storage.session?.clear();
    for (const alarm of await api.alarms.getAll())
      if (alarm.name.startsWith(prefix)) await api.alarms.clear(alarm.name);
    for (const id of Object.keys(await api.notifications.getAll())) await api.notifications.clear(id);
    await api.action.setBadgeText({ text: '' });
  }, REMINDER_ALARM);
  for (const name of readdirSync(session.downloads))
    rmSync(join(session.downloads, name), { recursive: true, force: true });
}

/**
 * Puts a browser an earlier file used back to a fresh install's state for the next file, as
 * `sharedSession` does between the tests of one file (`resetExtension`), and removes whatever that file
 * hooked onto the browser context (routes, event listeners). The service worker keeps running, as it
 * does between the tests of a file: Chromium leaves an extension loaded with --load-extension disabled
 * after `runtime.reload()`, and stopping the worker from a blank tab (DevTools' `stopAllWorkers`) left
 * Playwright holding a worker that no longer answered.
 */
export async function freshInstall(session: Session): Promise<void> {
  await resetExtension(session);
  await session.context.unrouteAll({ behavior: 'ignoreErrors' });
  for (const event of ['request', 'requestfailed', 'requestfinished', 'response', 'page', 'console', 'dialog'])
    session.context.removeAllListeners(event);
}

/**
 * One browser for the tests of a file (or a describe block), put back to a fresh install's state before
 * each test: `const session = sharedSession({ lang: 'zh-CN' });` then `session()` inside a test.
 */
export function sharedSession(options: LaunchOptions = {}): () => Session {
  let s: Session | undefined;
  beforeAll(async () => {
    s = await launch(options);
  });
  afterAll(async () => {
    await s?.close();
  });
  beforeEach(async () => {
    if (s) await resetExtension(s);
  });
  return () => {
    if (!s) throw new Error('the shared browser did not start');
    return s;
  };
}
