// Installs the npm packages when they are missing or older than package-lock.json, so the README's
// two commands work on a fresh clone. Node built-ins only: nothing else is installed yet.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale =
  !existsSync(marker) ||
  (existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  console.log('[setup] installing npm packages (npm ci)…');
  // --prefer-offline: packages already in npm's cache are taken from it without asking the registry again.
  const flags = '--prefer-offline --no-audit --no-fund';
  execSync(existsSync('package-lock.json') ? `npm ci ${flags}` : `npm install ${flags}`, { stdio: 'inherit' });
}
