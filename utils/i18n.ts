import { browser } from 'wxt/browser';

/** Every message key, typed from the English catalogue so a missing key fails the typecheck. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

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
 * Kept free of other imports: the content script loads it on every marketplace page.
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

/** Replaces the browser's language for this page (undefined returns to it). */
export function setCatalogue(lang: string | undefined, messages?: Catalogue): void {
  override = lang && messages ? { lang, messages } : undefined;
}
