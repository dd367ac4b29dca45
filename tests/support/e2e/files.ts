import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { Session } from './chromium';

/** The path of the first file in `folder` whose name matches, once there is one. */
export function waitForFile(folder: string, match: RegExp): Promise<string> {
  let found = '';
  return expect
    .poll(
      () => {
        // A download in progress is a .crdownload file; the final name appears only once it is complete.
        found = existsSync(folder) ? (readdirSync(folder).find((f) => match.test(f)) ?? '') : '';
        return found;
      },
      { timeout: 30_000 },
    )
    .not.toBe('')
    .then(() => join(folder, found));
}

/** Exports the case of `orderId` from the popup's case list; gives the new pack's files, by path. */
export async function exportFromPopup(session: Session, orderId: string): Promise<Record<string, Uint8Array>> {
  const folder = join(session.downloads, 'OrderProof');
  const zips = () => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.zip')) : []);
  const before = zips().length;
  const popup = await session.openPopup();
  const row = popup.getByTestId('case-row').filter({ hasText: orderId });
  await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
  await row.getByTestId('export-case').click();
  await expect.poll(() => zips().length, { timeout: 60_000 }).toBe(before + 1);
  const newest = zips().sort((a, b) => statSync(join(folder, b)).mtimeMs - statSync(join(folder, a)).mtimeMs)[0]!;
  await popup.close();
  return unzipSync(new Uint8Array(readFileSync(join(folder, newest))));
}
