// Checks the store builds that `npm run zip` makes (mode `store`) against what the stores require of
// OrderProof: no `key` (the store assigns the id), no demo shop anywhere, the minimum Chrome version the
// offscreen API needs, Firefox's data-collection declaration, and every icon the manifest names.
// Usage: node scripts/check-store.mjs  (after `wxt zip --mode store` and `wxt zip -b firefox --mode store`)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DEMO_HOST = 'demo-shop.orderproof.test';
const problems = [];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function check(dir, browser) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    problems.push(`${dir}: no build (run wxt zip${browser === 'firefox' ? ' -b firefox' : ''} --mode store)`);
    return;
  }
  const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(text);
  if ('key' in manifest) problems.push(`${dir}: manifest has a key`);
  if (text.includes(DEMO_HOST)) problems.push(`${dir}: manifest names the demo shop`);
  for (const path of files(dir).filter((f) => /\.(js|html|json)$/.test(f)))
    if (readFileSync(path, 'utf8').includes(DEMO_HOST)) problems.push(`${path}: names the demo shop`);
  if (browser === 'chrome' && !manifest.minimum_chrome_version) problems.push(`${dir}: no minimum_chrome_version`);
  if (browser === 'firefox') {
    const required = manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required;
    if (!Array.isArray(required) || !required.length) problems.push(`${dir}: no gecko data_collection_permissions`);
    // Versions before these ignore the declaration (addons-linter warns): the minimum must be at least them.
    const settings = manifest.browser_specific_settings ?? {};
    if (parseFloat(settings.gecko?.strict_min_version ?? '0') < 140)
      problems.push(`${dir}: gecko strict_min_version below 140, which reads data_collection_permissions`);
    if (parseFloat(settings.gecko_android?.strict_min_version ?? '0') < 142)
      problems.push(`${dir}: gecko_android strict_min_version below 142, which reads data_collection_permissions`);
  }
  const icons = { ...manifest.icons, ...(manifest.action ?? manifest.browser_action)?.default_icon };
  if (!Object.keys(icons).length) problems.push(`${dir}: no icons`);
  for (const icon of Object.values(icons))
    if (!existsSync(join(dir, icon))) problems.push(`${dir}: icon ${icon} is missing`);
}

check('.output/chrome-mv3-store', 'chrome');
check('.output/firefox-mv2-store', 'firefox');
if (problems.length) {
  console.error(`Store builds: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  'Store builds: no key, no demo shop, minimum Chrome version and Firefox data declaration present, icons found.',
);
