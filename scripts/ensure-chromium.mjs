// Chromium for the end-to-end tests, the demo and the benchmarks (see ensure-browser.mjs).
import { ensureBrowser } from './ensure-browser.mjs';

ensureBrowser({ name: 'Chromium', pkg: 'chromium', envVar: 'CHROMIUM_PATH', defaultPath: '/usr/bin/chromium' });
