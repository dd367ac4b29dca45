import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Where the e2e files put pictures of the screens for a person to look at: `E2E_SHOTS=1` for
 * test-results/screens/, or `E2E_SHOTS=<folder>`. Unset (as in `npm test`), none are taken: no test
 * reads them, and encoding some 40 full-page PNGs was about a tenth of the screen files' CPU time.
 */
const asked = process.env.E2E_SHOTS;
export const SHOTS_DIR = asked ? resolve(asked === '1' ? 'test-results/screens' : asked) : undefined;

/** A picture of the page as it is now, in SHOTS_DIR under `name`.png; nothing when none were asked for. */
export async function photograph(page: Page, name: string, fullPage = false): Promise<void> {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage });
}
