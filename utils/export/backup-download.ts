import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { buildBackupBlob } from './backup';
import { saveFromPage } from './save-from-page';
import type { PackProgress } from './pack';

/**
 * Builds a backup of the whole library and saves it from this page. Only reads the store, so it
 * works while writes are stopped: that is when it matters most.
 */
export async function downloadBackup(
  onProgress?: (p: PackProgress) => void,
): Promise<{ filename: string; cases: number }> {
  const built = await buildBackupBlob(getDb(), {
    generatorVersion: browser.runtime.getManifest().version,
    ...(onProgress ? { onProgress } : {}),
  });
  await saveFromPage(built.blob, built.filename);
  return { filename: built.filename, cases: built.index.cases.length };
}
