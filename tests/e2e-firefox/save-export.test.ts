import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPack } from '../../utils/export/verify';
import { ruleById } from '../../utils/rules';
import enMessages from '../../public/_locales/en/messages.json';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import {
  fillDate,
  isoDaysAgo,
  launchFirefox,
  pressInPage,
  until,
  type ExtensionGlobal,
  type FirefoxSession,
} from '../support/e2e/firefox';
import { decodeStoredImage, readStore } from '../support/e2e/store';

/** What a Firefox capture says instead of an MHTML snapshot (Firefox has no pageCapture API). */
const NO_MHTML = enMessages.healthSnapshotUnavailable.message;

let s: FirefoxSession;
beforeAll(async () => {
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
});

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

/** The pack's files in a folder of their own, so each test works on an untouched copy. */
function unpack(zip: string, folder: string): string {
  for (const [path, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(zip))))) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), data);
  }
  return folder;
}

/**
 * The path of a file in Downloads/OrderProof whose name matches, once it is whole: Firefox writes the file
 * under its final name while it is still downloading, so the zip's end record is waited for.
 */
async function downloadedZip(s: FirefoxSession, name: RegExp, what: string): Promise<string> {
  const folder = join(s.downloads, 'OrderProof');
  const file = join(
    folder,
    await until(
      async () => (existsSync(folder) ? readdirSync(folder).find((f) => name.test(f)) : undefined) ?? '',
      (f) => f !== '',
      30_000,
      `${what} in Downloads/OrderProof`,
    ),
  );
  await until(
    async () => readFileSync(file),
    (b) => b.length > 22 && b.subarray(-22).readUInt32LE(0) === 0x06054b50,
    30_000,
    `a complete ${what}`,
  );
  return file;
}

/**
 * A fresh profile's library, without a second browser: the database is deleted and a new library tab opened
 * (a reloaded extension page drops out of WebDriver BiDi's sight).
 */
async function emptiedLibrary(s: FirefoxSession, library: Page): Promise<Page> {
  await library.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.deleteDatabase('orderproof');
        req.onsuccess = () => ok();
        req.onerror = () => fail(req.error);
      }),
  );
  await library.close();
  const fresh = await s.openExtensionPage('library.html');
  expect((await readStore(fresh)).cases).toEqual([]);
  return fresh;
}

/** The library's import, backup and restore panel, opened from settings when it is not showing. */
async function openTransfer(library: Page): Promise<void> {
  if (!(await library.$('[data-testid=pack-transfer]'))) await library.click('[data-testid=open-settings]');
}

/** The panel's verdict once it has one: "ok …" or "error …". */
const transferVerdict = (library: Page, what: string) =>
  until(
    () => library.$eval('[data-testid=transfer-status]', (el) => `${el.getAttribute('data-state')} ${el.textContent}`),
    (v) => /^(ok|error) /.test(v),
    30_000,
    what,
  );

/** Opens a case by its address and checks its log and files from the library's own button. */
async function verifyInLibrary(library: Page, caseId: string): Promise<void> {
  await library.evaluate((id) => (location.hash = `case=${id}`), caseId);
  // The case opens after the hash changes: wait for its button rather than race the render.
  await (await library.waitForSelector('[data-testid=library-verify]'))!.click();
  await library.waitForSelector('[data-testid=library-verify-ok]', { timeout: 20_000 });
}

describe('the demo order, saved and exported in Firefox', () => {
  // Saved, guided and exported once (a fixture): what the tests look at, and no test depends on another.
  let shop: Page;
  let zip = '';
  const seen = { recognised: '', currentStep: '', missingDate: '', nextDeadline: '' };
  let copies = 0;
  const freshCopy = () => unpack(zip, join(s.downloads, `unpacked-${++copies}`));

  beforeAll(async () => {
    // The reader tab opens first: a tab opened during the save would come to the front, and a save whose
    // tab left the front for good stores nothing (its screenshot would picture another page).
    const ext = await s.openExtensionPage('popup.html');
    shop = await s.openShopPage(DEMO_ORDER_PATH);
    await pressInPage(shop, 'orderproof-save');
    await until(
      () => readStore(ext),
      (st) => st.evidence.length >= 3,
      30_000,
      'the saved evidence',
    );
    const popup = await s.openExtensionPage(`popup.html?tabId=${await s.tabIdOf(ext, shop)}`);
    await ext.close();
    seen.recognised = await until(
      () => text(popup, '[data-testid=order-recognised]'),
      (t) => t.includes(DEMO_ORDER_ID),
      20_000,
      'the recognised order',
    );
    await popup.waitForSelector('[data-testid=scenario]');
    await popup.select('[data-testid=scenario]', 'not-as-described');
    await popup.click('[data-testid=start-guide]');
    await popup.waitForSelector('[data-testid=steps]');
    seen.currentStep = await text(popup, '[data-testid=steps] li[aria-current="step"]');
    seen.missingDate = await text(popup, '[data-testid=missing-date]');
    await fillDate(popup, '[data-testid=guide-date-delivered]', isoDaysAgo(5));
    seen.nextDeadline = await until(
      () => text(popup, '[data-testid=next-deadline]'),
      (t) => /Next deadline: \d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(t),
      20_000,
      'the next deadline',
    );

    await popup.click('[data-testid=case-row] [data-testid=export-case]');
    zip = await downloadedZip(s, /\.zip$/, 'the pack');
    await popup.close();
  });

  it('saves the order from the in-page button: order facts, screenshot, and the page text in place of MHTML', async () => {
    const ext = await s.openExtensionPage('popup.html');
    const store = await readStore(ext);
    expect(store.cases).toHaveLength(1);
    expect(store.cases[0]).toMatchObject({ platform: 'demo-shop', orderRef: DEMO_ORDER_ID });
    expect(store.evidence.map((e) => e.kind).sort()).toEqual(['order-data', 'page-snapshot', 'screenshot']);
    expect(store.evidence.find((e) => e.kind === 'order-data')?.order?.amounts.total).toEqual({
      amount: 237.9,
      currency: 'CNY',
    });
    const snapshot = store.evidence.find((e) => e.kind === 'page-snapshot')!;
    expect(snapshot.files.map((f) => f.name)).toEqual(['page.txt', 'page.json']);
    expect(snapshot.capture.health).toContain(NO_MHTML);
    const shot = store.evidence.find((e) => e.kind === 'screenshot')!;
    expect(shot.capture).toMatchObject({ method: 'captureVisibleTab', browser: expect.stringMatching(/^Firefox \d+/) });
    const image = await decodeStoredImage(ext, shot.files[0]!.sha256);
    expect(image).toMatchObject({ width: 1280, height: 800 });
    await ext.close();
  });

  it('the popup recognises the order, starts its dispute guide and exports the pack', () => {
    expect(seen.recognised).toContain(DEMO_ORDER_ID);
    expect(seen.currentStep).toContain('Contact the seller');
    expect(seen.missingDate).toContain('Delivered');
    expect(seen.nextDeadline).toMatch(/Next deadline: \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const bytes = readFileSync(zip);
    expect(bytes.subarray(-22).readUInt32LE(0)).toBe(0x06054b50);
  });

  it('reminders: alarms planned from the delivered date, the toolbar badge, and a notification when one fires', async () => {
    type Api = {
      browser: {
        alarms: {
          getAll(): Promise<{ name: string; scheduledTime: number }[]>;
          create(n: string, i: { when: number }): Promise<void>;
        };
        notifications: {
          onShown: { addListener(f: (id: string) => void): void };
          onClosed: { addListener(f: (id: string) => void): void };
        };
        browserAction: { getBadgeText(d: object): Promise<string> };
      };
    };
    // Any extension page reaches the alarms and notifications APIs.
    const popup = await s.openExtensionPage('popup.html');
    const alarms = () =>
      popup.evaluate(async () =>
        (await (globalThis as unknown as Api).browser.alarms.getAll()).filter((a) => a.name.startsWith('op-deadline|')),
      );
    const planned = await until(alarms, (list) => list.length > 0, 20_000, 'the reminder alarms');
    expect(planned.every((a) => a.scheduledTime > Date.now())).toBe(true);
    await until(
      () => popup.evaluate(() => (globalThis as unknown as Api).browser.browserAction.getBadgeText({})),
      (t) => t === '1',
      20_000,
      'the badge',
    );
    // Bring one planned reminder forward to now: the real alarm fires and the background's handler runs.
    const target = planned.find((a) => a.name.includes('|contact-seller|'))!;
    // Headless Firefox has no notification centre to keep the notification in (getAll stays empty), so
    // the popup page listens for the notification being shown or closed, as every extension page can.
    await popup.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { seenNotifications: string[] }).seenNotifications = seen;
      const { notifications } = (globalThis as unknown as Api).browser;
      notifications.onShown.addListener((id) => seen.push(id));
      notifications.onClosed.addListener((id) => seen.push(id));
    });
    // A rebuild still pending from the date's save puts the alarm back at its planned time, as it should: until
    // the notification shows, bring it forward again whenever that happened.
    const seen = await until(
      async () => {
        const ids = await popup.evaluate(
          () => (globalThis as unknown as { seenNotifications: string[] }).seenNotifications,
        );
        const pending = (await alarms()).find((a) => a.name === target.name);
        if (!ids.length && (!pending || pending.scheduledTime > Date.now() + 5_000))
          await popup.evaluate(
            (name) => (globalThis as unknown as Api).browser.alarms.create(name, { when: Date.now() + 500 }),
            target.name,
          );
        return ids;
      },
      (ids) => ids.length > 0,
      20_000,
      'the notification',
    );
    expect(seen[0]).toMatch(/^case\|/);
    // Once shown, the reminders are rebuilt: the alarm is back at its planned time.
    await until(
      alarms,
      (list) => list.find((a) => a.name === target.name)?.scheduledTime === target.scheduledTime,
      20_000,
      'the alarm planned again',
    );
    await popup.close();
  });

  it('the pack passes sha256sum -c and the project verifier, and says what Firefox could not capture', async () => {
    const bytes = new Uint8Array(readFileSync(zip));
    const unpacked = freshCopy();
    const report = await verifyPack(bytes);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining(['verify.html', 'report.html', 'report.pdf', 'manifest.json', 'SHA256SUMS']),
    );
    expect(Object.keys(entries).filter((p) => p.endsWith('.mhtml'))).toEqual([]);
    const sums = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
    expect(sums).not.toMatch(/FAILED/);
    expect(sums.trim().split('\n').length).toBe(
      readFileSync(join(unpacked, 'SHA256SUMS'), 'utf8').trim().split('\n').length,
    );
    const manifest = readFileSync(join(unpacked, 'manifest.json'), 'utf8');
    expect(manifest).toContain(NO_MHTML);
    expect(manifest).toMatch(/"browser": ?"Firefox \d+/);
    expect(readFileSync(join(unpacked, 'report.html'), 'utf8')).toContain(NO_MHTML.replace(/'/g, '&#39;'));
    const pdf = execFileSync('pdftotext', [join(unpacked, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toContain(DEMO_ORDER_ID);
    for (const step of ruleById('demo-shop.buyer.not-as-described')!.steps) expect(pdf).toContain(step.title.zh);
  });

  // WebDriver BiDi cannot hand Firefox a folder (input.setFiles refuses directories), so the files are
  // chosen one by one through the page's "or choose the files" field, as a user without folder picking would.
  it('verify.html, opened in Firefox from the unpacked folder, finds every file OK', async () => {
    const unpacked = freshCopy();
    const page = await s.browser.newPage();
    await page.goto(pathToFileURL(join(unpacked, 'verify.html')).href);
    const input = await page.waitForSelector('input#files');
    const all = readdirSync(unpacked, { recursive: true, encoding: 'utf8' })
      .map((p) => join(unpacked, p))
      .filter((p) => statSync(p).isFile());
    await input!.uploadFile(...all);
    await until(
      () => page.$eval('#summary', (el) => el.getAttribute('data-ok')),
      (v) => v !== null,
      30_000,
      'the verdict',
    );
    expect(await page.$eval('#summary', (el) => el.getAttribute('data-ok'))).toBe('true');
    const rows = await page.$$eval('#results li', (lis) =>
      lis.map((li) => [li.getAttribute('data-path'), li.getAttribute('data-status')]),
    );
    expect(rows).toHaveLength(all.length);
    // Every file checks out; the signature and its key, made over manifest.json, are shown as such.
    expect(rows.filter(([, v]) => v !== 'ok').sort()).toEqual([
      ['installation-key.pem', 'attestation'],
      ['manifest.json.sig', 'attestation'],
    ]);
    await page.close();
  });

  it("the popup's link opens the library, whose case shows its evidence and what Firefox could not capture", async () => {
    const ext = await s.openExtensionPage('popup.html');
    const popup = await s.openExtensionPage(`popup.html?tabId=${await s.tabIdOf(ext, shop)}`);
    await ext.close();
    // The tab the link opens is real but invisible to WebDriver BiDi (Firefox hides browsing contexts
    // that begin as extension pages), so the extension is asked which tabs it has (one more library tab
    // than before the click); the library is then driven in a tab the test can see.
    const libraryTabs = () =>
      popup.evaluate(
        async (u) =>
          (await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({})).filter((t) => t.url === u).length,
        s.extensionUrl('library.html'),
      );
    const before = await libraryTabs();
    await popup.click(`a[href="${s.extensionUrl('library.html')}"]`);
    await until(libraryTabs, (n) => n > before, 20_000, 'the library tab the link opened');
    const library = await s.openExtensionPage('library.html');
    await library.waitForSelector('[data-testid=library-case]');
    expect(await library.$$eval('[data-testid=library-case]', (els) => els.map((el) => el.textContent ?? ''))).toEqual([
      expect.stringContaining(DEMO_ORDER_ID),
    ]);
    await library.click('[data-testid=library-case]');
    await library.waitForSelector('[data-testid=evidence-card][data-kind=page-snapshot]');
    expect(await text(library, '[data-testid=evidence-card][data-kind=page-snapshot]')).toContain(NO_MHTML);
    await library.click('[data-testid=library-verify]');
    await library.waitForSelector('[data-testid=library-verify-ok]', { timeout: 20_000 });
    await library.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('import refuses a pack with one changed byte, naming the file, and brings the pack back into an emptied library', async () => {
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    const shot = Object.keys(entries).find((p) => p.endsWith('/screenshot.png'))!;
    entries[shot]![200] = entries[shot]![200]! ^ 0x01;
    const forged = join(s.downloads, 'forged.zip');
    let library = await s.openExtensionPage('library.html');
    const caseId = (await readStore(library)).cases.find((c) => c.orderRef === DEMO_ORDER_ID)!.id;
    writeFileSync(forged, zipSync(entries));
    const importFile = async (file: string) => {
      await openTransfer(library);
      const input = await library.waitForSelector('input[data-testid=import-pack]');
      await input!.uploadFile(file);
      return transferVerdict(library, 'the import verdict');
    };
    const refused = await importFile(forged);
    expect(refused).toMatch(/^error /);
    expect(refused).toContain(shot);
    expect(refused).toContain('The library was not changed');

    library = await emptiedLibrary(s, library);
    const done = await importFile(zip);
    expect(done).toMatch(/^ok Imported ".+" with 3 evidence items/);
    const store = await readStore(library);
    expect(store.cases.map((c) => c.id)).toEqual([caseId]);
    expect(store.audit.at(-1)?.action).toBe('import');
    await verifyInLibrary(library, caseId);
    await library.close();
  });

  it('backs up the library and restores it, checked in its worker, into an emptied library: same cases and items, verified', async () => {
    let library = await s.openExtensionPage('library.html');
    const before = await readStore(library);
    expect(before.cases.length).toBeGreaterThan(0);
    await openTransfer(library);
    await (await library.waitForSelector('[data-testid=backup-all]'))!.click();
    expect(await transferVerdict(library, 'the backup verdict')).toMatch(/^ok /);
    const backup = await downloadedZip(s, /^OrderProof_backup_\d{4}-\d{2}-\d{2}\.zip$/, 'the backup');
    library = await emptiedLibrary(s, library);
    await openTransfer(library);
    const input = await library.waitForSelector('input[data-testid=restore-backup]');
    await input!.uploadFile(backup);
    expect(await transferVerdict(library, 'the restore verdict')).toMatch(
      /^ok Restored \d+ cases with \d+ evidence items; every file and log entry verified/,
    );
    const after = await readStore(library);
    expect(after.cases.map((c) => c.id).sort()).toEqual(before.cases.map((c) => c.id).sort());
    expect(after.evidence.map((e) => e.id).sort()).toEqual(before.evidence.map((e) => e.id).sort());
    await verifyInLibrary(library, before.cases[0]!.id);
    await library.close();
  });
});
