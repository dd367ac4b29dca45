import { browser, type Browser } from 'wxt/browser';
import { t } from '../../utils/i18n';

/**
 * A capture asked for by one of our content scripts (the in-page button, a picker) must come from the tab
 * in front of its window. The user can only press a control they see, so a request from a tab in the
 * background was not theirs, and acting on it would pull that tab to the front (security review #2).
 * Requests from the popup, library or shortcut name their tab and are not from a content script.
 */
export function refuseBackgroundTab(sender: Browser.runtime.MessageSender): void {
  const fromContentScript = sender.tab !== undefined && !(sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  if (fromContentScript && sender.tab?.active !== true) throw new Error(t('errorTabNotInFront'));
}
