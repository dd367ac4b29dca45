import { useState } from 'react';
import { getDb } from '../../utils/db/database';
import { correctOrderField } from '../../utils/db/store';
import { t, type MessageKey } from '../../utils/i18n';
import { applyCorrections, readField } from '../../utils/order-corrections';
import { CORRECTABLE_FIELDS, type CorrectableField } from '../../utils/schemas/correction';
import type { Evidence } from '../../utils/schemas/records';
import { factText } from '../../utils/fact-text';
import { formatMoney } from '../../utils/i18n-format';
import { uiLocale } from '../../utils/i18n-labels';
import { errorText } from '../../utils/error-text';
import { learnedFields } from '../../utils/recipes/apply';

function FactRow({
  item,
  field,
  onPoint,
}: {
  item: Evidence & { order: NonNullable<Evidence['order']> };
  field: CorrectableField;
  onPoint?: ((field: CorrectableField) => Promise<void>) | undefined;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const extracted = readField(item.order, field);
  const shown = readField(applyCorrections(item.order, item.corrections), field);
  const corrected = item.corrections?.some((c) => c.field === field);
  const currency = item.order.amounts.total?.currency;
  const save = () => {
    const value = field === 'total' ? (draft.trim() ? Number(draft.replace(/[^\d.]/g, '')) : null) : draft;
    correctOrderField(getDb(), item.id, field, value).then(
      () => setEditing(false),
      (err: unknown) => setError(errorText(err)),
    );
  };
  return (
    <tr data-testid={`fact-${field}`}>
      <th scope="row">{t(`fact_${field}` as MessageKey)}</th>
      <td>
        {editing ? (
          <>
            <input
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              type={field === 'placedAt' || field === 'deliveredAt' ? 'date' : 'text'}
              aria-label={t(`fact_${field}` as MessageKey)}
              data-testid={`fact-input-${field}`}
            />{' '}
            <button type="button" onClick={save} data-testid={`fact-save-${field}`}>
              {t('saveCorrection')}
            </button>
            {error ? <span className="bad"> {error}</span> : null}
          </>
        ) : (
          <>
            <span data-testid={`fact-value-${field}`}>
              {shown === undefined ? (
                <span className="muted">{t('unknownValue')}</span>
              ) : (
                factText(field, shown, currency, uiLocale())
              )}
            </span>
            {corrected ? (
              <span className="muted">
                {' '}
                ·{' '}
                {t(
                  'correctedFrom',
                  extracted === undefined ? t('unknownValue') : factText(field, extracted, currency, uiLocale()),
                )}
              </span>
            ) : null}
            {learnedFields(item.order).includes(field) ? (
              <span className="muted" data-testid={`fact-learned-${field}`}>
                {' '}
                · {t('learnedMark')}
              </span>
            ) : null}{' '}
            {onPoint ? (
              <button type="button" className="link" onClick={() => onPoint(field)} data-testid={`fact-point-${field}`}>
                {t('pointOnPage')}
              </button>
            ) : null}{' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                setDraft(shown === undefined ? '' : String(shown));
                setEditing(true);
              }}
              data-testid={`fact-edit-${field}`}
            >
              {t('correct')}
            </button>
            {error ? <span className="bad"> {error}</span> : null}
          </>
        )}
      </td>
    </tr>
  );
}

/** An order's facts as read from the page, each correctable by the user; fields never read say so. */
export function OrderFacts({
  item,
  onPoint,
}: {
  item: Evidence;
  /** Where the page is open (the popup): let the user point at a field's value on it. */
  onPoint?: (field: CorrectableField) => Promise<void>;
}) {
  const order = item.order;
  if (!order) return null;
  const withOrder = { ...item, order };
  return (
    <div className="order-facts">
      {order.confidence === 'generic' ? <p className="warn">{t('genericConfirm')}</p> : null}
      <table className="order-table">
        <tbody>
          {CORRECTABLE_FIELDS.map((f) => (
            <FactRow key={f} item={withOrder} field={f} onPoint={onPoint} />
          ))}
          {applyCorrections(order, item.corrections).items.map((i, n) => (
            <tr key={n}>
              <th scope="row">{t('item')}</th>
              <td>
                {i.title ?? t('unknownValue')} {i.quantity ? `× ${i.quantity}` : ''}{' '}
                {i.unitPrice ? formatMoney(i.unitPrice, uiLocale()) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
