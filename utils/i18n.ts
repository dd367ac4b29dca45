import { browser } from 'wxt/browser';

/** Every message key, typed from the English catalogue so a missing key fails the typecheck. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/**
 * The extension's own i18n (`_locales`), so every screen follows the browser's language.
 * Falls back to the key itself, which makes a missing translation visible rather than blank.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  return browser.i18n.getMessage(key, subs.length ? subs : undefined) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
