import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { startLocalTsa, type LocalTsa } from '../unit/trust/local-tsa';
import { launch, type Session } from '../support/e2e/chromium';
import { exportFromPopup } from '../support/e2e/files';
import { inPageText, pressInPage } from '../support/e2e/in-page';

let s: Session;
let tsa: LocalTsa;

beforeAll(async () => {
  tsa = await startLocalTsa();
  s = await launch();
});
afterAll(async () => {
  await s?.close();
  await tsa?.close();
});

/** Exports the demo case from the popup; gives the new pack's files. */
const exportDemo = () => exportFromPopup(s, DEMO_ORDER_ID);

describe('trusted time-stamping in Chromium, against a local test authority', () => {
  it('asks nothing of the authority while it is off (the default), and still signs the pack', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    await pressInPage(page, 'save-button', 'button', 20_000);
    await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 30_000 }).toContain(DEMO_ORDER_ID);
    const entries = await exportDemo();
    expect(tsa.requests).toBe(0);
    expect(Object.keys(entries)).not.toContain('manifest.json.tsr');
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['manifest.json.sig', 'installation-key.pem']));
  }, 180_000);

  it('turned on in the library, stamps the exported pack so openssl accepts the token and the signature', async () => {
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('open-settings').click();
    await expect
      .poll(() => lib.getByTestId('installation-key-fingerprint').textContent(), { timeout: 20_000 })
      .toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    const shown = (await lib.getByTestId('installation-key-fingerprint').textContent())!.replace(/ /g, '');
    await lib.getByTestId('tsa-url').fill(tsa.url);
    await lib.getByTestId('tsa-url-save').click();
    await expect.poll(() => lib.getByTestId('tsa-choice').inputValue(), { timeout: 10_000 }).toBe('custom');
    const entries = await exportDemo();
    expect(tsa.requests).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'orderproof-e2e-stamped-'));
    for (const name of [
      'manifest.json',
      'manifest.json.tsr',
      'tsa-chain.pem',
      'manifest.json.sig',
      'installation-key.pem',
    ])
      writeFileSync(join(dir, name), entries[name]!);
    const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    expect(
      run(['ts', '-verify', '-data', 'manifest.json', '-in', 'manifest.json.tsr', '-CAfile', 'tsa-chain.pem']),
    ).toMatch(/Verification: OK/);
    expect(run(['ts', '-verify', '-data', 'manifest.json', '-in', 'manifest.json.tsr', '-CAfile', tsa.caFile])).toMatch(
      /Verification: OK/,
    );
    expect(
      run(['dgst', '-sha256', '-verify', 'installation-key.pem', '-signature', 'manifest.json.sig', 'manifest.json']),
    ).toBe('Verified OK\n');
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', 'installation-key.pem', '-outform', 'DER'], {
      cwd: dir,
    });
    expect(execFileSync('sha256sum', { input: der, encoding: 'utf8' }).slice(0, 64)).toBe(shown);
  }, 180_000);
});
