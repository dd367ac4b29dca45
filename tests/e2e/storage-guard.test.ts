import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { EXTENSION_ID, launch, type Session } from '../support/e2e/chromium';
import { inPageText, pressInPage } from '../support/e2e/in-page';
import { decodeStoredImage, readStore } from '../support/e2e/store';

const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const MiB = 1024 ** 2;

let s: Session | undefined;
let profile: string | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = undefined;
});

async function save(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.shop.origin}${DEMO_ORDER_PATH}`);
  await expect
    .poll(() => inPageText(page, 'save-button', 'button'), { timeout: 20_000 })
    .toBe('保存证据 / Save evidence');
  await pressInPage(page, 'save-button');
  return page;
}

const status = (page: Page) => inPageText(page, 'save-button', '.status');

/** The extension's origin gets `quotaSize` bytes, as the browser's own estimate will report it. */
async function setQuota(session: Session, ext: Page, quotaSize: number): Promise<void> {
  const cdp = await session.context.newCDPSession(ext);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN, quotaSize });
}

const estimate = (ext: Page) =>
  ext.evaluate(async () => {
    const e = await navigator.storage.estimate();
    return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
  });

// Each test launches its own browser rather than sharing one: the first overrides the origin's quota (which
// no reset takes back) and restarts the browser on the same profile; the second stops writes by the store's
// latch, and neither may inherit the other's state.
describe('a nearly full disk', () => {
  it('refuses a save with the reason before the store fails, and loses nothing across a restart', async () => {
    s = await launch({ keepProfile: true });
    profile = s.profile;
    const first = await save(s);
    await expect.poll(() => status(first), { timeout: 20_000 }).toContain(DEMO_ORDER_ID);

    const ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('library.html'));
    const before = await readStore(ext);
    expect(before.evidence).toHaveLength(3);

    // 64 MiB left on the "disk": less than the 256 MiB kept free, so nothing more may be written.
    const { usage } = await estimate(ext);
    await setQuota(s, ext, usage + 64 * MiB);
    await expect.poll(async () => (await estimate(ext)).quota).toBe(usage + 64 * MiB);

    const second = await save(s);
    await expect
      .poll(() => status(second), { timeout: 20_000 })
      .toMatch(/Not enough space: this needs [\d.]+ MB, and only 0 B may still be used/);
    const after = await readStore(ext);
    expect(after.evidence).toHaveLength(before.evidence.length);
    expect(after.audit).toHaveLength(before.audit.length);

    // The library says so, and offers the backup.
    await ext.reload();
    await expect
      .poll(() => ext.getByTestId('storage-alert').textContent())
      .toContain('Space is running low: 0 B left for evidence');
    await expect
      .poll(() => ext.getByTestId('storage-alert').getByRole('button', { name: 'Back up now' }).count())
      .toBe(1);

    await s.close();
    s = await launch({ profile });
    const ext2 = await s.context.newPage();
    await ext2.goto(s.extensionUrl('library.html'));
    const restarted = await readStore(ext2);
    expect(restarted.cases).toEqual(before.cases);
    expect(restarted.evidence.map((e) => e.id).sort()).toEqual(before.evidence.map((e) => e.id).sort());
    expect(restarted.audit).toHaveLength(before.audit.length);
    const shot = restarted.evidence.find((e) => e.kind === 'screenshot')!;
    expect((await decodeStoredImage(ext2, shot.files[0]!.sha256)).sha256).toBe(shot.files[0]!.sha256);
  }, 180_000);

  it('after a failed write: every save is refused, the library says why and offers a backup, and a re-check resumes', async () => {
    s = await launch();
    const ext = await s.context.newPage();
    await ext.goto(s.extensionUrl('library.html'));
    // What the store's guard records at the first write the browser fails (it cannot be made to fail on cue here).
    await ext.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
        .chrome;
      await api.storage.local.set({
        'orderproof.writesStopped': { at: Date.now(), error: 'UnknownError: Failed to write blobs (IOError)' },
      });
    });
    const page = await save(s);
    await expect
      .poll(() => status(page), { timeout: 20_000 })
      .toMatch(
        /Saving is stopped because the browser could not write to the library \(UnknownError: Failed to write blobs \(IOError\)\)/,
      );
    expect((await readStore(ext)).cases).toHaveLength(0);

    const alert = ext.getByTestId('storage-alert');
    await expect.poll(() => alert.getAttribute('data-state'), { timeout: 15_000 }).toBe('stopped');
    await expect.poll(() => alert.textContent()).toContain('Saving is stopped');
    expect(await alert.getByTestId('storage-backup').textContent()).toBe('Back up now');
    const popup = await s.openPopup();
    await expect
      .poll(() => popup.getByTestId('storage-alert').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('stopped');

    await alert.getByTestId('storage-resume').click();
    await expect.poll(() => ext.getByTestId('storage-note').textContent()).toBe('Space checked: saving works again.');
    await expect.poll(() => alert.getAttribute('data-state')).toBe('ok');
    const again = await save(s);
    await expect.poll(() => status(again), { timeout: 20_000 }).toContain(DEMO_ORDER_ID);
    expect((await readStore(ext)).evidence).toHaveLength(3);
  }, 120_000);
});
