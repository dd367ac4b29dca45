// Firefox ESR for the Firefox end-to-end tests (see ensure-browser.mjs).
import { ensureBrowser } from './ensure-browser.mjs';

ensureBrowser({ name: 'Firefox', pkg: 'firefox-esr', envVar: 'FIREFOX_PATH', defaultPath: '/usr/bin/firefox-esr' });
