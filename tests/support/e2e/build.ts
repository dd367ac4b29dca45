import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A manifest as the tests patch it: plain JSON. */
export type Manifest = Record<string, unknown> & { permissions?: string[]; web_accessible_resources?: unknown[] };

/**
 * A copy of a built extension whose manifest alone is changed by `patch` (the built folder is untouched),
 * for what the shipped build must not carry: a permission a test needs, pages made reachable for a driver.
 * The caller removes the folder.
 */
export function patchedBuild(buildDir: string, patch: (manifest: Manifest) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderproof-patched-build-'));
  cpSync(buildDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  patch(manifest);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
