import { getDb } from '../../utils/db/database';
import { editCase } from '../../utils/db/store';
import { t, type MessageKey } from '../../utils/i18n';
import type { Case, CaseDates } from '../../utils/schemas/records';

const FIELDS: (keyof CaseDates)[] = [
  'ordered',
  'shipped',
  'estimatedDelivery',
  'delivered',
  'receiptConfirmed',
  'requestOpened',
  'otherSideReplied',
  'caseClosed',
];

/** The dates deadlines count from; the user can set any the pages did not give. */
export function CaseDatesForm({ item }: { item: Case }) {
  const set = (field: keyof CaseDates, value: string) => {
    void editCase(getDb(), item.id, { dates: { [field]: value || undefined } });
  };
  return (
    <fieldset className="dates">
      <legend>{t('keyDates')}</legend>
      {FIELDS.map((f) => (
        <label key={f}>
          {t(`date_${f}` as MessageKey)}
          <input
            type="date"
            value={item.dates[f]?.slice(0, 10) ?? ''}
            onChange={(e) => set(f, e.target.value)}
            data-testid={`date-${f}`}
          />
        </label>
      ))}
    </fieldset>
  );
}
