import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the test fixtures are. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');
/**
 * `../shared/fixtures/real` beside the repository; a git worktree one level deeper finds it beside its
 * parent folder, and REAL_FIXTURES names it anywhere else.
 */
function findRealDir(): string {
  if (process.env.REAL_FIXTURES) return path.resolve(process.env.REAL_FIXTURES);
  const near = path.resolve(repoRoot, '../shared/fixtures/real');
  const candidates = [near, path.resolve(repoRoot, '../../shared/fixtures/real')];
  return candidates.find((c) => existsSync(c)) ?? near;
}
export const realDir = findRealDir();
export const ownDir = path.resolve(repoRoot, 'tests/fixtures/marketplaces');
export const demoChatDir = path.resolve(repoRoot, 'tests/demo-shop/site/chat');
