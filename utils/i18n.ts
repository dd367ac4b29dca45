import { browser } from 'wxt/browser';
import { z } from 'zod';

/** Every message key, typed from the English catalogue so a missing key fails the typecheck. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

const catalogueSchema = z.record(
  z.string(),
  z.object({ message: z.string(), placeholders: z.record(z.string(), z.object({ content: z.string() })).optional() }),
);
type Catalogue = z.infer<typeof catalogueSchema>;

let override: { lang: string; messages: Catalogue } | undefined;

function fill(entry: Catalogue[string], subs: string[]): string {
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(/^\$(\d)$/.exec(content)?.[1] ?? 0) - 1;
    text = text.replaceAll(`$${name.toUpperCase()}$`, subs[index] ?? '').replaceAll(`$${name}$`, subs[index] ?? '');
  }
  return text.replaceAll('$$', '$');
}

/**
 * The extension's own i18n (`_locales`): every screen follows the browser's language unless the user
 * picked one in settings. Falls back to the key itself, which makes a missing message visible.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const entry = override?.messages[key];
  if (entry) return fill(entry, subs);
  return browser.i18n.getMessage(key, subs.length ? subs : undefined) || key;
}

export function uiLanguage(): string {
  return override?.lang.replace('_', '-') ?? browser.i18n.getUILanguage();
}

/**
 * Switches this page to a language chosen in settings. Browsers fix `i18n` to the UI language, so the
 * chosen catalogue is read from the extension's own files (not the network).
 */
export async function applyLanguage(lang: 'auto' | 'en' | 'zh_CN' | 'zh_TW'): Promise<void> {
  if (lang === 'auto') {
    override = undefined;
    return;
  }
  const path = `/_locales/${lang}/messages.json` as const;
  const res = await fetch(browser.runtime.getURL(path));
  override = { lang, messages: catalogueSchema.parse(await res.json()) };
}
