// The demo: Chromium with the built extension on the demo shop's order page; saves evidence with
// the in-page button, exports the pack from the popup, and shows what the pack holds.
// `npm run demo -- --tsa` first turns on trusted time-stamping with a local test authority (openssl
// ts -reply on 127.0.0.1, never a public one), so the capture and the pack carry tokens.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { verifyPack } from '../utils/export/verify';
import { DEMO_ORDER_PATH } from '../tests/demo-shop/server';
import { launch, type Session } from '../tests/support/e2e/chromium';
import { startLocalTsa, type LocalTsa } from '../tests/unit/trust/local-tsa';
import { evaluateInside, inPageText } from '../tests/support/e2e/in-page';

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

/** Turns time-stamping on in the library's settings, with the local authority's address. */
async function turnOnAuthority(session: Session, tsa: LocalTsa): Promise<void> {
  const lib = await session.context.newPage();
  await lib.goto(session.extensionUrl('library.html'));
  await lib.getByTestId('open-settings').click();
  await lib.getByTestId('tsa-url').fill(tsa.url);
  await lib.getByTestId('tsa-url-save').click();
  await waitFor('time-stamping to be on', async () =>
    (await lib.getByTestId('tsa-choice').inputValue()) === 'custom' ? true : undefined,
  );
  await lib.close();
  console.log(`0. Turned on trusted time-stamping with a local test authority: ${tsa.url}`);
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  const tsa = process.argv.includes('--tsa') ? await startLocalTsa() : undefined;
  const session = await launch({ headless: !headed, downloads: OUT });
  try {
    if (tsa) await turnOnAuthority(session, tsa);
    const page = await session.context.newPage();
    const url = `${session.shop.origin}${DEMO_ORDER_PATH}`;
    console.log(`1. Opened the demo order page: ${url}`);
    await page.goto(url);
    // The in-page button lives in a closed shadow root: found over CDP, pressed with the real mouse.
    const at = await waitFor('the in-page save button', async () => {
      const box = (await evaluateInside(
        page,
        'save-button',
        'button',
        'function () { const r = this.getBoundingClientRect(); return this.disabled ? null : { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width }; }',
      ).catch(() => null)) as { x: number; y: number; w: number } | null;
      return box && box.w > 0 ? box : undefined;
    });
    await page.bringToFront();
    await page.mouse.click(at.x, at.y);
    const saved = await waitFor('the save to finish', async () => {
      const text = await inPageText(page, 'save-button', '.status').catch(() => '');
      return /Saved|已保存|Could not|失败/.test(text) ? text : undefined;
    });
    console.log(`2. Clicked "保存证据 / Save evidence": ${saved}`);
    if (!/Saved|已保存/.test(saved)) throw new Error(saved);

    // The capture's token comes from the background a moment after the save.
    if (tsa) {
      // One token per stored item: settled once the authority has been asked and nothing more comes.
      let seen = { count: 0, at: Date.now() };
      await waitFor('the capture stamps', () => {
        if (tsa.requests !== seen.count) seen = { count: tsa.requests, at: Date.now() };
        return seen.count > 0 && Date.now() - seen.at > 1500 ? true : undefined;
      });
    }
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
    const report = await verifyPack(bytes, tsa ? { tsaRoots: tsa.caPem } : {});
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
    if (tsa) {
      for (const n of report.notes.filter((x) => x.startsWith('Trusted time'))) console.log(`  ${n}`);
      for (const path of Object.keys(entries)
        .filter((p) => p.endsWith('.tsr'))
        .sort())
        console.log(
          `  (cd "${unpacked}" && openssl ts -verify -data ${path.slice(0, -4)} -in ${path} -CAfile tsa-chain.pem)`,
        );
    }
    if (!report.ok) process.exitCode = 1;
    if (headed) {
      console.log('\nThe browser stays open to try OrderProof; close it to end the demo.');
      await new Promise<void>((done) => session.context.on('close', () => done()));
    }
  } finally {
    await session.close().catch(() => undefined);
    await tsa?.close();
  }
}

main().catch((err: unknown) => {
  console.error('Demo failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
