import { useState } from 'react';
import { t } from '../../utils/i18n';
import { formatMoney, formatPageDate } from '../../utils/i18n-format';
import { uiLocale } from '../../utils/i18n-labels';
import { sendRuntime } from '../../utils/messaging';
import { backgroundMessages } from '../../utils/messages/background';
import type { OrderGlance } from '../../utils/schemas/order-glance';
import { errorText } from '../../utils/error-text';

/** The order the page's address names (order-details links carry it), else the first on the page. */
export function defaultOrderId(orderIds: readonly string[], url: string | undefined): string | undefined {
  if (url) {
    let decoded = url;
    try {
      decoded = decodeURIComponent(url);
    } catch {
      // A malformed escape: the raw address is still worth searching.
    }
    const named = orderIds.find((id) => decoded.includes(id));
    if (named) return named;
  }
  return orderIds[0];
}

type Outcome = { orderId: string; caseId?: string; error?: string };

/** One order as the list shows it: the item first (what people remember), then seller, date, amount. */
function OrderLine({ glance, id }: { glance: OrderGlance | undefined; id: string }) {
  const locale = uiLocale();
  const item = glance?.item
    ? `${glance.item}${glance.moreItems ? ` +${glance.moreItems}` : ''}`
    : t('orderItemUnknown');
  const details = [
    glance?.seller,
    glance?.placedAt ? formatPageDate(glance.placedAt, { locale }) : undefined,
    glance?.total ? formatMoney(glance.total, locale) : undefined,
    t('caseOrder', id),
  ];
  return (
    <span className="order-line">
      <span className={glance?.item ? 'order-item' : 'order-item muted'}>{item}</span>
      <span className="muted small">{details.filter(Boolean).join(' · ')}</span>
    </span>
  );
}

/**
 * A page with several orders (an order list): tick the ones to keep; each is saved into its own case
 * by one `bg.capture.save` per order. The background shares one screenshot and snapshot among them.
 */
export function OrderPicker({
  tabId,
  orderIds,
  orders,
  url,
  onSaved,
}: {
  tabId: number;
  orderIds: string[];
  orders?: readonly OrderGlance[];
  url?: string;
  onSaved?: () => void;
}) {
  const byId = new Map((orders ?? []).map((o) => [o.orderId, o]));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => {
    const first = defaultOrderId(orderIds, url);
    return new Set(first ? [first] : []);
  });
  const [progress, setProgress] = useState<string>();
  const [outcomes, setOutcomes] = useState<Outcome[]>();

  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const saveChosen = async () => {
    // Page order, not click order: the list reads top to bottom like the page.
    const ids = orderIds.filter((id) => chosen.has(id));
    const done: Outcome[] = [];
    setOutcomes(undefined);
    // One at a time: each save brings the tab to the front and pictures it.
    for (const [i, orderId] of ids.entries()) {
      setProgress(t('orderPickerProgress', byId.get(orderId)?.item ?? orderId, `${i + 1}/${ids.length}`));
      try {
        const r = await sendRuntime(backgroundMessages, { type: 'bg.capture.save', source: 'popup', tabId, orderId });
        done.push({ orderId, caseId: r.caseId });
      } catch (err) {
        done.push({ orderId, error: errorText(err) });
      }
    }
    setProgress(undefined);
    setOutcomes(done);
    onSaved?.();
  };

  const failed = outcomes?.filter((o) => o.error) ?? [];
  const saved = outcomes ? outcomes.length - failed.length : 0;
  return (
    <fieldset className="order-picker" data-testid="order-picker">
      <legend>{t('orderPickerTitle')}</legend>
      <span className="muted small">{t('orderPickerHint')}</span>
      <div className="row-actions">
        <button
          type="button"
          className="link"
          onClick={() => setChosen(new Set(orderIds))}
          disabled={Boolean(progress)}
        >
          {t('orderPickerAll')}
        </button>
        <button type="button" className="link" onClick={() => setChosen(new Set())} disabled={Boolean(progress)}>
          {t('orderPickerNone')}
        </button>
      </div>
      <ul className="order-options" aria-label={t('orderPickerTitle')}>
        {orderIds.map((id) => (
          <li key={id}>
            <label className={chosen.has(id) ? 'chosen' : undefined}>
              <input
                type="checkbox"
                checked={chosen.has(id)}
                disabled={Boolean(progress)}
                onChange={(e) => toggle(id, e.target.checked)}
                data-testid="order-picker-option"
                value={id}
              />
              <OrderLine glance={byId.get(id)} id={id} />
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="primary"
        onClick={() => void saveChosen()}
        disabled={Boolean(progress) || chosen.size === 0}
        data-testid="order-picker-save"
      >
        {t('orderPickerSave', String(chosen.size))}
      </button>
      {progress ? <span role="status">{progress}</span> : null}
      {outcomes && saved ? (
        <span className="good" role="status" data-testid="order-picker-result">
          {t('orderPickerDone', String(saved))}
        </span>
      ) : null}
      {failed.map((o) => (
        <span key={o.orderId} className="bad" role="alert">
          {t('orderPickerFailed', byId.get(o.orderId)?.item ?? o.orderId, o.error ?? '')}
        </span>
      ))}
    </fieldset>
  );
}
