import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

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
