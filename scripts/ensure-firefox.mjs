// Makes sure a Firefox is there for the Firefox end-to-end tests: Debian's firefox-esr package,
// installed with apt when missing (test tools may not download browsers of their own here), plus the
// CJK font (Chinese pages captured with their glyphs) and poppler's tools (the report.pdf check), so
// the Firefox tests run alone on a fresh machine too.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const hasCjkFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

const missing = [];
if (!existsSync(path)) {
  if (process.env.FIREFOX_PATH) {
    console.error(`[setup] FIREFOX_PATH is ${path}, which does not exist.`);
    process.exit(1);
  }
  missing.push('firefox-esr');
}
if (!hasCjkFont()) missing.push('fonts-noto-cjk');
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
    if (missing.includes('firefox-esr')) {
      console.error(
        '[setup] Could not install Firefox. Install it with `apt-get install firefox-esr`, or set FIREFOX_PATH to a Firefox binary.',
      );
      process.exit(1);
    }
    console.warn('[setup] Could not install a CJK font or poppler-utils: some checks will fail.');
  }
}
