import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPack } from '../../utils/export/verify';
import { DEMO_ORDER_ID } from '../demo-shop/server';
import { launch, type Session } from '../support/e2e/chromium';
import { saveOnPage } from '../support/e2e/save';
import { readStore } from '../support/e2e/store';
import { waitForFile } from '../support/e2e/files';
import { sharedSession } from '../support/e2e/reset';
import { fixture } from '../support/e2e/fixture';

const SHOT = 'evidence/001-screenshot/screenshot.png';
async function library(s: Session): Promise<Page> {
  const lib = await s.context.newPage();
  await lib.goto(s.extensionUrl('library.html'));
  await lib.getByTestId('open-settings').click();
  await lib.getByTestId('pack-transfer').waitFor();
  return lib;
}

async function verifyInLibrary(lib: Page, caseId: string): Promise<void> {
  await lib.evaluate((id) => (location.hash = `case=${id}`), caseId);
  await lib.getByTestId('library-verify').click();
  await expect.poll(() => lib.getByTestId('library-verify-ok').count(), { timeout: 20_000 }).toBe(1);
}

/** Flips one byte inside a stored (not deflated) file's data, exactly as a damaged copy would. */
function flipByteOf(zip: Uint8Array, path: string): Uint8Array {
  const out = zip.slice();
  const name = new TextEncoder().encode(path);
  const view = new DataView(out.buffer);
  for (let i = 30; i + name.length <= out.length; i++) {
    if (view.getUint32(i - 30, true) !== 0x04034b50 || view.getUint16(i - 4, true) !== name.length) continue;
    if (!name.every((b, k) => out[i + k] === b)) continue;
    const start = i + name.length + view.getUint16(i - 2, true);
    out[start + 100] = out[start + 100]! ^ 0x01;
    return out;
  }
  throw new Error(`${path} is not in the ZIP`);
}

describe('import, backup and restore through the library, across browser profiles', { timeout: 180_000 }, () => {
  // The source profile, with its pack and backup made once by whichever test asks first.
  let src: Session;
  let keep = '';
  beforeAll(async () => {
    src = await launch();
    keep = mkdtempSync(join(tmpdir(), 'orderproof-transfer-'));
  });
  afterAll(async () => {
    await src?.close();
    if (keep) rmSync(keep, { recursive: true, force: true });
  });

  const made = fixture(async () => {
    const page = await saveOnPage(src);
    await page.goto(`${src.shop.origin}/about.html`);
    const popup = await src.openPopup(await src.tabIdOf(page));
    await page.bringToFront();
    await popup.getByTestId('popup-save').click();
    await expect
      .poll(() => popup.getByTestId('save-result').textContent(), { timeout: 30_000 })
      .toContain('No order was recognised');
    await popup.close();

    const lib = await library(src);
    const before = await readStore(lib);
    expect(before.cases).toHaveLength(2);
    const demoCaseId = before.cases.find((c) => c.orderRef === DEMO_ORDER_ID)!.id;
    await lib.evaluate((id) => (location.hash = `case=${id}`), demoCaseId);
    await lib.getByTestId('library-export').click();
    // The library builds the pack itself and saves it with <a download>, into the downloads folder.
    const pack = await waitForFile(
      join(src.downloads, 'OrderProof'),
      /^OrderProof_demo-shop_[^_]+_\d{4}-\d{2}-\d{2}\.zip$/,
    );
    await expect.poll(() => lib.getByTestId('export-progress').count()).toBe(0);
    // The export says where the pack went and offers to show it there (the download's own id).
    await expect.poll(() => lib.getByTestId('show-in-folder').count()).toBe(1);
    const loggedBeforeBackup = (await readStore(lib)).audit.length;
    await lib.getByTestId('backup-all').click();
    await expect
      .poll(() => lib.getByTestId('transfer-status').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('ok');
    const backup = await waitForFile(join(src.downloads, 'OrderProof'), /^OrderProof_backup_\d{4}-\d{2}-\d{2}\.zip$/);
    const source = await readStore(lib);
    const packFile = join(keep, 'pack.zip');
    const backupFile = join(keep, 'backup.zip');
    copyFileSync(pack, packFile);
    copyFileSync(backup, backupFile);
    await lib.close();
    return { packFile, backupFile, source, demoCaseId, loggedBeforeBackup };
  });

  it('exports the demo case and backs up everything from the library, and makes masked and upload copies', async () => {
    const { packFile, source, demoCaseId, loggedBeforeBackup } = await made();
    const lib = await library(src);
    await lib.evaluate((id) => (location.hash = `case=${id}`), demoCaseId);
    expect((await verifyPack(new Uint8Array(readFileSync(packFile)))).problems).toEqual([]);
    // Backing up is not an action on any case: nothing new in any log.
    expect(source.audit.length).toBe(loggedBeforeBackup);
    const s = src;
    // A masked copy, made in the library page: verifies, holds its own 'redact' entry and ends with its export entry.
    await lib.getByTestId('export-masked').check();
    await lib.getByTestId('library-export').click();
    const masked = await waitForFile(join(s.downloads, 'OrderProof'), /^OrderProof_demo-shop_.*_masked\.zip$/);
    const maskedBytes = new Uint8Array(readFileSync(masked));
    expect((await verifyPack(maskedBytes)).problems).toEqual([]);
    const maskedManifest = JSON.parse(new TextDecoder().decode(unzipSync(maskedBytes)['manifest.json'])) as {
      audit: { entries: { action: string }[]; head: string };
      omitted?: { path: string }[];
    };
    expect(maskedManifest.audit.entries.slice(-2).map((e) => e.action)).toEqual(['redact', 'export']);
    // The library logs the masked export once the file is saved, with the masked pack's head (and the salt only it keeps).
    await expect
      .poll(
        async () =>
          (
            (await readStore(lib)).audit.filter((a) => a.caseId === demoCaseId).at(-1) as
              { details?: unknown } | undefined
          )?.details,
      )
      .toMatchObject({
        masked: true,
        packHead: maskedManifest.audit.head,
        salt: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    expect(maskedManifest.omitted?.map((o) => o.path)).toContain('evidence/002-page-snapshot/page.mhtml');

    // Copies sized for upload, made with the page's canvas: real JPEGs under 2 MB, originals untouched.
    await lib.getByTestId('export-masked').uncheck();
    await lib.getByTestId('export-fitted').check();
    await lib.getByTestId('library-export').click();
    const fitted = new Uint8Array(
      readFileSync(await waitForFile(join(s.downloads, 'OrderProof'), /^OrderProof_demo-shop_.*_upload\.zip$/)),
    );
    expect((await verifyPack(fitted)).problems).toEqual([]);
    const fittedEntries = unzipSync(fitted);
    const fittedManifest = JSON.parse(new TextDecoder().decode(fittedEntries['manifest.json'])) as {
      upload?: { files: { path: string; from: string }[] };
    };
    const jpegs = (fittedManifest.upload?.files ?? []).filter((f) => f.path.endsWith('.jpg'));
    expect(jpegs.length).toBeGreaterThan(0);
    for (const j of jpegs) {
      const bytes = fittedEntries[j.path]!;
      expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xff, 0xd8, 0xff]);
      expect(bytes.byteLength).toBeLessThanOrEqual(2 * 1024 * 1024);
      expect(fittedEntries[j.from]).toBeDefined();
    }
    expect(fittedManifest.upload?.files.map((f) => f.path)).toContain('upload/report.pdf');
    await lib.close();
  });

  // Each of these starts from an empty library in a second profile: not the one that made the pack.
  const target = sharedSession();

  it('refuses a pack with one changed byte, naming the file, and leaves the new library empty', async () => {
    const { packFile } = await made();
    const s = target();
    const lib = await library(s);
    const pack = new Uint8Array(readFileSync(packFile));
    // One byte changed in the ZIP as stored (caught by the ZIP's CRC), and one in the file's content
    // with the ZIP rebuilt around it (caught by the hashes in the manifest and SHA256SUMS).
    const damaged = join(s.downloads, 'damaged.zip');
    writeFileSync(damaged, flipByteOf(pack, SHOT));
    const entries = unzipSync(pack);
    entries[SHOT]![200] = entries[SHOT]![200]! ^ 0x01;
    const forged = join(s.downloads, 'forged.zip');
    writeFileSync(forged, zipSync(entries));

    // Each is told in words of its own cause (the detail under it names the file): a broken ZIP is not a changed pack.
    const said = new Map([
      [damaged, 'the file is not a readable ZIP archive, or it is damaged'],
      [forged, 'it was changed or damaged after it was made'],
    ]);
    for (const file of [damaged, forged]) {
      // A fresh page for each file: the first refusal's status must not stand in for the second's.
      await lib.reload();
      await lib.getByTestId('open-settings').click();
      await lib.getByTestId('import-pack').setInputFiles(file);
      const status = lib.getByTestId('transfer-status');
      await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('error');
      expect(await status.textContent()).toContain(said.get(file));
      expect(await lib.getByTestId('transfer-detail').textContent()).toContain(SHOT);
      expect(await status.textContent()).toContain('The library was not changed');
      const store = await readStore(lib);
      expect({ cases: store.cases.length, evidence: store.evidence.length, audit: store.audit.length }).toEqual({
        cases: 0,
        evidence: 0,
        audit: 0,
      });
    }
    await expect.poll(() => lib.getByTestId('library-case').count()).toBe(0);
  });

  it('imports the pack into an empty library in another profile: same case, same evidence, the log extended by the import, verified', async () => {
    const { packFile, source, demoCaseId } = await made();
    const s = target();
    const lib = await library(s);
    await lib.getByTestId('import-pack').setInputFiles(packFile);
    const status = lib.getByTestId('transfer-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    expect(await status.textContent()).toMatch(/Imported ".+" with 3 evidence items/);
    const store = await readStore(lib);
    expect(store.cases.map((c) => c.id)).toEqual([demoCaseId]);
    const sourceItems = source.evidence.filter((e) => e.caseId === demoCaseId);
    expect(store.evidence.map((e) => [e.id, e.files.map((f) => f.sha256)]).sort()).toEqual(
      sourceItems.map((e) => [e.id, e.files.map((f) => f.sha256)]).sort(),
    );
    const manifest = JSON.parse(
      new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(packFile)))['manifest.json']),
    ) as { audit: { entries: unknown[] } };
    expect(store.audit).toHaveLength(manifest.audit.entries.length + 1);
    expect(store.audit.at(-1)?.action).toBe('import');
    await expect.poll(() => lib.getByTestId('library-case').count()).toBe(1);
    await verifyInLibrary(lib, demoCaseId);
  });

  it('restores the backup into an empty library in another profile with every case back and every chain verified', async () => {
    const { backupFile, source } = await made();
    const s = target();
    const lib = await library(s);
    await lib.getByTestId('restore-backup').setInputFiles(backupFile);
    const status = lib.getByTestId('transfer-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    expect(await status.textContent()).toContain(`Restored 2 cases with ${source.evidence.length} evidence items`);
    const store = await readStore(lib);
    expect(store.cases.map((c) => c.id).sort()).toEqual(source.cases.map((c) => c.id).sort());
    expect(store.evidence.map((e) => e.id).sort()).toEqual(source.evidence.map((e) => e.id).sort());
    for (const c of source.cases) {
      const before = source.audit.filter((a) => a.caseId === c.id).map((a) => a.action);
      // Each case folder of the backup ends with its own export entry (the backup), then the restore's import.
      expect(store.audit.filter((a) => a.caseId === c.id).map((a) => a.action)).toEqual([
        ...before,
        'export',
        'import',
      ]);
      await verifyInLibrary(lib, c.id);
    }
    // Restoring the same backup again is refused as a whole, and changes nothing.
    await lib.getByTestId('open-settings').click();
    await lib.getByTestId('open-settings').click();
    await lib.getByTestId('restore-backup').setInputFiles(backupFile);
    await expect
      .poll(() => lib.getByTestId('transfer-status').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('error');
    expect(await lib.getByTestId('transfer-status').textContent()).toContain('this case is already in your library');
    expect(await lib.getByTestId('transfer-detail').textContent()).toMatch(/already in the library/);
    expect((await readStore(lib)).audit).toHaveLength(store.audit.length);
    // A single pack picked as a backup is pointed to its own button, not called damaged.
    const { packFile } = await made();
    await lib.getByTestId('restore-backup').setInputFiles(packFile);
    await expect
      .poll(() => lib.getByTestId('transfer-status').textContent(), { timeout: 30_000 })
      .toContain(
        'the file is not an OrderProof backup (a single evidence pack goes in through “Import evidence pack”)',
      );
    expect((await readStore(lib)).audit).toHaveLength(store.audit.length);
  });
});
