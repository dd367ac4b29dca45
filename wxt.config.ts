import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { contentScriptMatches } from './utils/marketplaces/registry';
import { LOADER_MATCHES_PLACEHOLDER } from './utils/page-ui/shared-state';
import { demoShop } from './utils/marketplaces/demo-shop/index';
import { demoShopChat } from './utils/marketplaces/demo-shop/chat';

/**
 * The build for the stores: `npm run zip` (`wxt zip --mode store`). It has no demo shop (code,
 * content-script hosts, settings) and no `key`; every other build keeps both for the demo and tests.
 */
const STORE_MODE = 'store';
const DEMO_MATCHES = new Set([...demoShop.matches, ...demoShopChat.matches]);

// The public half of the signing key: it pins the extension id (gafmnehhhipinpcakklcidpgdbpigfka)
// so tests, the demo and users' bookmarks to the library page keep working across installs.
const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvbJchzk4n6eRkOFkKGyzTE7fT0V9dZEIQDb7WIEZlUVBZAWaXKiXyquKwMfLzUW1eiYFY82PP8aWy2KnSOGv93K9f8xqdoN/kRRh1cIxpepBcDHp9PEEBJ23V7HzGt+/a72dgS6SKzH89f/J1r4GsGYNmUTENGfedJE0/BdC9SuA+2yc0q8t/m5jklhYTLkJX6wsTGRjjQG1UoSpAree0GrsSvfcae9LkEt4Jl4u9mKCdLwnQGwu08LtmMvwibcamCi6oEnRs1q4an/7HlY10eyHpvmSLyLmue85GutakiM6q5sTgO4Lj2hHLrU3TKl9iA4+2qh/3/OhVCcCZXomUwIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: (env) => ({
    define: { __ORDERPROOF_DEMO_SHOP__: JSON.stringify(env.mode !== STORE_MODE) },
    // The certificate code (pkijs and its ASN.1 parts) in a chunk of its own: it otherwise shares one with
    // code the offscreen document needs at its start, which only loads it when a pack is signed. Only for
    // the split builds (pages): the one-file ones (background, content scripts) refuse chunk groups.
    plugins: [
      {
        name: 'orderproof-pki-chunk',
        outputOptions: (output: { format?: string }) =>
          output.format && output.format !== 'es'
            ? null
            : {
                ...output,
                codeSplitting: {
                  groups: [
                    // pkijs's hashing is the pack's too: a chunk of its own, or the group would take it in.
                    { name: 'noble-hashes', test: /node_modules[\\/]@noble[\\/]hashes[\\/]/, priority: 2 },
                    {
                      name: 'pki',
                      test: /node_modules[\\/](pkijs|asn1js|bytestreamjs|pvtsutils|pvutils)[\\/]/,
                      priority: 1,
                    },
                  ],
                },
              },
      },
    ],
  }),
  hooks: {
    // The page loader runs on every marketplace: its patterns come from the registry here, at build
    // time, so its bundle does not carry every adapter.
    'build:manifestGenerated': (wxt, manifest) => {
      const loader = manifest.content_scripts?.find((c) => c.matches?.includes(LOADER_MATCHES_PLACEHOLDER));
      if (!loader) throw new Error('The marketplace loader content script is missing from the manifest');
      loader.matches = contentScriptMatches();
      // Content-script patterns are read in Node, where the demo flag is always on: the store build drops them here.
      if (wxt.config.mode === STORE_MODE)
        for (const script of manifest.content_scripts ?? [])
          script.matches = script.matches?.filter((m) => !DEMO_MATCHES.has(m));
    },
    // Firefox builds the background as one file; the report font is read from here instead of being
    // inlined into it (Chrome's offscreen page bundles it as an asset).
    // The store assigns its own id: a zip for upload carries no `key` (the unpacked build keeps it).
    'zip:extension:start': (wxt) => {
      const manifestPath = resolve(wxt.config.outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      if (!('key' in manifest)) return;
      delete manifest.key;
      writeFileSync(manifestPath, JSON.stringify(manifest));
    },
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      files.push({
        absoluteSrc: resolve('node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
        relativeDest: 'fonts/NotoSansSC-Regular.ttf',
      });
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    ...(browser === 'chrome' && mode !== STORE_MODE ? { key: MANIFEST_KEY } : {}),
    permissions: [
      'activeTab',
      'scripting',
      'unlimitedStorage',
      // "Writes stopped" is kept outside IndexedDB (the thing that may be broken): storage.session/local.
      'storage',
      'downloads',
      // MHTML snapshots: Chrome only (Firefox has no pageCapture; its snapshot is the page text).
      ...(browser === 'chrome' ? ['pageCapture'] : []),
      // Deadline reminders: alarms rebuilt from the store, notifications that open the case.
      'alarms',
      'notifications',
      ...(browser === 'chrome' ? ['offscreen'] : []),
      // "Save … as evidence" on the page, selection and image context menus.
      'contextMenus',
    ],
    // No `debugger` here, on purpose. The fast full-page method needs it, but Chromium refuses it as an
    // optional permission ("Only permissions specified in the manifest may be requested", measured on
    // Chromium 156) and a required one would put "debugger" in every install warning. The popup's fast
    // option asks anyway and falls back to scroll-and-stitch, saying so, when the browser refuses.
    commands: {
      'capture-full-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCaptureFullPage__',
      },
    },
    // Chrome lets captureVisibleTab run only with <all_urls> or an activeTab grant, and a click on
    // the in-page button grants no activeTab. Content scripts still run only on the marketplaces.
    host_permissions: ['<all_urls>'],
    // Trusted time-stamping (off by default): the authority's address is asked for when the user turns it on.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // hash-wasm (streamed SHA-256 and CRC-32 of big files) needs WebAssembly, which MV3's default policy
    // forbids on extension pages and their workers: without it hashing fell back to JavaScript, 5× slower.
    ...(browser === 'chrome'
      ? { content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" } }
      : {}),
    // The offscreen API needs Chrome 109.
    ...(browser === 'chrome' ? { minimum_chrome_version: '109' } : {}),
    // AMO requires new add-ons to declare what they collect: nothing leaves the computer. Firefox reads
    // that declaration from 140 (ESR 140), Firefox for Android from 142: the minimum versions follow it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'orderproof@orderproof.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
