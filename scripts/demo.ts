// The demo: Chromium with the built extension on the demo shop's order page; saves evidence with
// the in-page button, exports the pack from the popup, and shows what the pack holds.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { verifyPack } from '../utils/export/verify';
import { DEMO_ORDER_PATH } from '../tests/demo-shop/server';
import { launch } from '../tests/support/e2e/chromium';

const OUT = resolve('demo-output');

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  const session = await launch({ headless: !headed, downloads: OUT });
  try {
    const page = await session.context.newPage();
    const url = `${session.shop.origin}${DEMO_ORDER_PATH}`;
    console.log(`1. Opened the demo order page: ${url}`);
    await page.goto(url);
    const button = page.locator('orderproof-save button');
    await button.waitFor();
    await button.click();
    const status = page.locator('orderproof-save .status');
    const saved = await waitFor('the save to finish', async () => {
      const text = (await status.textContent()) ?? '';
      return /Saved|已保存|Could not|失败/.test(text) ? text : undefined;
    });
    console.log(`2. Clicked "保存证据 / Save evidence": ${saved}`);
    if (!/Saved|已保存/.test(saved)) throw new Error(saved);

    const popup = await session.openPopup(await session.tabIdOf(page));
    const row = popup.getByTestId('case-row').first();
    await row.getByTestId('export-case').click();
    const note = await waitFor('the export', async () => {
      const text =
        (await row
          .getByTestId('export-note')
          .textContent()
          .catch(() => '')) ?? '';
      return /Exported|已导出|failed|失败/.test(text) ? text : undefined;
    });
    console.log(`3. Clicked "Export evidence pack" in the popup: ${note}`);

    const folder = join(OUT, 'OrderProof');
    const zipName = await waitFor('the ZIP in the downloads folder', () => {
      try {
        return readdirSync(folder).find((f) => f.endsWith('.zip'));
      } catch {
        return undefined;
      }
    });
    const zipPath = join(folder, zipName);
    const bytes = new Uint8Array(readFileSync(zipPath));
    const unpacked = join(OUT, zipName.replace(/\.zip$/, ''));
    const entries = unzipSync(bytes);
    for (const [path, data] of Object.entries(entries)) {
      mkdirSync(dirname(join(unpacked, path)), { recursive: true });
      writeFileSync(join(unpacked, path), data);
    }
    const report = await verifyPack(bytes);
    console.log(`\nEvidence pack: ${zipPath} (${bytes.byteLength} bytes)`);
    console.log(`Unpacked into:  ${unpacked}`);
    console.log('It holds:');
    for (const [path, data] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`  ${path.padEnd(48)} ${String(data.byteLength).padStart(9)} bytes`);
    }
    console.log(
      report.ok
        ? `Verified: ${report.filesChecked} files match manifest.json and SHA256SUMS; ${report.entriesChecked} audit entries chain correctly.`
        : `Verification problems:\n  ${report.problems.join('\n  ')}`,
    );
    console.log(`Check it yourself: (cd "${unpacked}" && sha256sum -c SHA256SUMS)`);
    if (!report.ok) process.exitCode = 1;
    if (headed) {
      console.log('\nThe browser stays open to try OrderProof; close it to end the demo.');
      await new Promise<void>((done) => session.context.on('close', () => done()));
    }
  } finally {
    await session.close().catch(() => undefined);
  }
}

main().catch((err: unknown) => {
  console.error('Demo failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
