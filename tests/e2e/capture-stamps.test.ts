import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { startLocalTsa, type LocalTsa } from '../unit/trust/local-tsa';
import { launch, type Session } from '../support/e2e/chromium';
import { exportFromPopup } from '../support/e2e/files';
import { inPageText, pressInPage } from '../support/e2e/in-page';
import { readStore } from '../support/e2e/store';

let s: Session;
let tsa: LocalTsa;
let lib: Page;

beforeAll(async () => {
  tsa = await startLocalTsa();
  s = await launch();
  lib = await s.context.newPage();
  await lib.goto(s.extensionUrl('library.html'));
});
afterAll(async () => {
  await s?.close();
  await tsa?.close();
});

/** Opens the settings panel (a toggle that stays open across the library's hash changes). */
async function openSettings(): Promise<void> {
  const button = lib.getByTestId('open-settings');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Turns time-stamping on in the library's settings, with the local test authority's address. */
async function useLocalAuthority(): Promise<void> {
  await lib.goto(s.extensionUrl('library.html'));
  await openSettings();
  await lib.getByTestId('tsa-url').fill(tsa.url);
  await lib.getByTestId('tsa-url-save').click();
  await expect.poll(() => lib.getByTestId('tsa-choice').inputValue(), { timeout: 10_000 }).toBe('custom');
}

/** Saves the demo order page; gives the ids of the items the save stored. */
async function saveDemo(): Promise<{ caseId: string; ids: string[] }> {
  const before = new Set((await readStore(lib)).evidence.map((e) => e.id));
  const page = await s.context.newPage();
  await page.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
  await pressInPage(page, 'save-button', 'button', 20_000);
  await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 30_000 }).toContain(DEMO_ORDER_ID);
  await page.close();
  const added = (await readStore(lib)).evidence.filter((e) => !before.has(e.id));
  expect(added.length).toBeGreaterThan(0);
  return { caseId: added[0]!.caseId, ids: added.map((e) => e.id) };
}

/** The capture stamps' states for these items, read from the store. */
async function stampStates(ids: string[]): Promise<string[]> {
  return lib.evaluate(
    (keys) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('orderproof');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('stamps').objectStore('stamps');
          const out: string[] = [];
          let left = keys.length;
          for (const key of keys) {
            const req = store.get(key);
            req.onsuccess = () => {
              out.push((req.result as { status?: string } | undefined)?.status ?? 'none');
              if (--left === 0) resolve(out.sort());
            };
          }
        };
      }),
    ids,
  );
}

const exportDemo = () => exportFromPopup(s, DEMO_ORDER_ID);

describe('capture-time stamps in Chromium, against a local test authority', () => {
  it('stamps each saved item, and the exported pack carries tokens that openssl accepts', async () => {
    await useLocalAuthority();
    const { ids } = await saveDemo();
    await expect.poll(() => stampStates(ids), { timeout: 30_000 }).toEqual(ids.map(() => 'stamped'));
    const entries = await exportDemo();
    const dir = mkdtempSync(join(tmpdir(), 'orderproof-e2e-capture-stamps-'));
    mkdirSync(join(dir, 'stamps'));
    for (const [name, bytes] of Object.entries(entries))
      if (name.startsWith('stamps/') || name === 'tsa-chain.pem') writeFileSync(join(dir, name), bytes);
    for (const id of ids) {
      const file = `stamps/${id}.txt`;
      expect(Object.keys(entries)).toEqual(expect.arrayContaining([file, `${file}.tsr`]));
      const run = (ca: string) =>
        execFileSync('openssl', ['ts', '-verify', '-data', file, '-in', `${file}.tsr`, '-CAfile', ca], {
          cwd: dir,
          encoding: 'utf8',
        });
      expect(run('tsa-chain.pem')).toMatch(/Verification: OK/);
      expect(run(tsa.caFile)).toMatch(/Verification: OK/);
      // The stamped text names the item's files by the hashes the pack's manifest gives them.
      const text = new TextDecoder().decode(entries[file]);
      const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
        evidence: { id: string; files: { name: string; sha256?: string }[] }[];
      };
      for (const f of manifest.evidence.find((e) => e.id === id)!.files)
        expect(text).toContain(`${f.sha256}  ${f.name}`);
    }
  }, 240_000);

  it('keeps a capture saved while the authority is down, stamps it once it answers, and shows the wait', async () => {
    await useLocalAuthority();
    tsa.down = true;
    let saved: { caseId: string; ids: string[] };
    try {
      saved = await saveDemo();
      await expect.poll(() => lib.getByTestId('stamps-waiting').count(), { timeout: 30_000 }).toBe(1);
      expect(await stampStates(saved.ids)).toEqual(saved.ids.map(() => 'queued'));
      await lib.goto(s.extensionUrl(`library.html#case=${saved.caseId}`));
      const card = lib.locator(`[data-testid="capture-stamp"][data-status="queued"]`);
      await expect.poll(() => card.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(saved.ids.length);
      expect(await card.first().textContent()).toMatch(/waiting for the authority .*503/);
    } finally {
      tsa.down = false;
    }
    await openSettings();
    await lib.getByTestId('stamps-retry').click();
    await expect.poll(() => stampStates(saved.ids), { timeout: 30_000 }).toEqual(saved.ids.map(() => 'stamped'));
    await lib.goto(s.extensionUrl(`library.html#case=${saved.caseId}`));
    const done = lib.locator(`[data-testid="capture-stamp"][data-status="stamped"]`);
    await expect.poll(() => done.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(saved.ids.length);
    expect(await done.last().textContent()).toMatch(
      /Trusted time-stamp: .* from 127\.0\.0\.1:\d+, stamped \d+ s after capture\./,
    );
  }, 240_000);
});
