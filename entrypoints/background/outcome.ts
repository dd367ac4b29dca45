import { t } from '../../utils/i18n';
import { showPageStatus } from './tab';
import { errorText } from '../../utils/error-text';

export interface Outcome {
  health: string[];
  partial?: boolean;
  orderRecognised: boolean;
  orderId?: string;
}

/** One line for the page's status: saved, saved but partial (and why), or why it failed. */
export function outcomeText(result: Outcome): string {
  if (result.partial) return t('savedPartial', result.health.join(' '));
  return result.orderRecognised && result.orderId
    ? `${t('saved')} · ${t('orderRecognised', result.orderId)}`
    : t('saved');
}

/** Runs a capture started outside the page (menu, shortcut) and tells the page how it went. */
export async function reportOnPage(tabId: number, work: Promise<Outcome>): Promise<void> {
  try {
    await showPageStatus(tabId, outcomeText(await work), true);
  } catch (err) {
    await showPageStatus(tabId, t('saveFailed', errorText(err)), true);
  }
}
