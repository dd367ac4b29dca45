// Makes sure a Chromium is there for the end-to-end tests, the demo and the benchmarks: Debian's
// package, installed with apt when missing (test tools may not download browsers of their own here),
// plus a CJK font so Chinese pages are captured with their glyphs, not empty boxes, and poppler's tools.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasCjkFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

const missing = [];
if (!existsSync(path)) {
  if (process.env.CHROMIUM_PATH) {
    console.error(`[setup] CHROMIUM_PATH is ${path}, which does not exist.`);
    process.exit(1);
  }
  missing.push('chromium');
}
if (!hasCjkFont()) missing.push('fonts-noto-cjk');
// pdftotext checks that report.pdf holds its text, Chinese included.
if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');

if (missing.length) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? '' : 'sudo ';
  console.log(`[setup] installing Debian packages: ${missing.join(' ')} (${root ? 'as root' : 'with sudo'})…`);
  try {
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
      { stdio: 'inherit' },
    );
  } catch {
    if (missing.includes('chromium')) {
      console.error(
        '[setup] Could not install Chromium. Install it with `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
      );
      process.exit(1);
    }
    console.warn('[setup] Could not install a CJK font: Chinese text in screenshots will show as boxes.');
  }
}
