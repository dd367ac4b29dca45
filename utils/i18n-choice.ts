import { browser } from 'wxt/browser';
import { z } from 'zod';
import { setCatalogue } from './i18n';

const catalogueSchema = z.record(
  z.string(),
  z.object({ message: z.string(), placeholders: z.record(z.string(), z.object({ content: z.string() })).optional() }),
);

/**
 * Switches this page to a language chosen in settings. Browsers fix `i18n` to the UI language, so the
 * chosen catalogue is read from the extension's own files (not the network).
 */
export async function applyLanguage(lang: 'auto' | 'en' | 'zh_CN' | 'zh_TW'): Promise<void> {
  if (lang === 'auto') {
    setCatalogue(undefined);
    return;
  }
  const path = `/_locales/${lang}/messages.json` as const;
  const res = await fetch(browser.runtime.getURL(path));
  setCatalogue(lang, catalogueSchema.parse(await res.json()));
}
