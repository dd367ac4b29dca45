// Makes sure a browser is there for the end-to-end tests, the demo and the benchmarks: Debian's package,
// installed with apt when missing (test tools may not download browsers of their own here), plus a CJK
// font so Chinese pages are captured with their glyphs, not empty boxes, and poppler's tools (pdftotext
// checks that report.pdf holds its text, Chinese included). Used by ensure-chromium.mjs and
// ensure-firefox.mjs, which name the browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const hasCjkFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

/** @param {{ name: string, pkg: string, envVar: string, defaultPath: string }} browser */
export function ensureBrowser({ name, pkg, envVar, defaultPath }) {
  const path = process.env[envVar] ?? defaultPath;
  const missing = [];
  if (!existsSync(path)) {
    if (process.env[envVar]) {
      console.error(`[setup] ${envVar} is ${path}, which does not exist.`);
      process.exit(1);
    }
    missing.push(pkg);
  }
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
  if (!missing.length) return;

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? '' : 'sudo ';
  console.log(`[setup] installing Debian packages: ${missing.join(' ')} (${root ? 'as root' : 'with sudo'})…`);
  try {
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
      { stdio: 'inherit' },
    );
  } catch {
    if (missing.includes(pkg)) {
      console.error(
        `[setup] Could not install ${name}. Install it with \`apt-get install ${pkg}\`, or set ${envVar} to a ${name} binary.`,
      );
      process.exit(1);
    }
    console.warn(
      '[setup] Could not install a CJK font or poppler-utils: Chinese text in screenshots may show as boxes and the PDF checks will fail.',
    );
  }
}
