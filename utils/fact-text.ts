import { t } from './i18n';
import { formatMoney, formatPageDate, type DisplayLocale } from './i18n-format';
import type { CorrectableField } from './schemas/correction';

/** How the readers store a card, whatever the page's language: one form, so values compare across pages. */
const CARD_ENDING = /^(.+?) ending in (\d{2,6})$/;

/** An order fact as the reader's language writes it; the stored value stays as the page gave it. */
export function factText(
  field: CorrectableField,
  value: unknown,
  currency: string | undefined,
  locale: DisplayLocale,
): string {
  if (field === 'total' && currency && typeof value === 'number')
    return formatMoney({ amount: value, currency }, locale);
  if ((field === 'placedAt' || field === 'deliveredAt') && typeof value === 'string')
    return formatPageDate(value, { locale });
  const card = field === 'paymentMethod' && typeof value === 'string' ? CARD_ENDING.exec(value) : null;
  if (card) return t('paymentCardEnding', card[1]!, card[2]!);
  return String(value);
}
