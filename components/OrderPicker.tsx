import { useState } from 'react';
import { t } from '../utils/i18n';
import { sendRuntime } from '../utils/messaging';
import { backgroundRequests } from '../utils/schemas/messages';

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

/**
 * A page with several orders (an order list): tick the ones to keep; each is saved into its own case
 * by one `capture.save` per order. The background shares one screenshot and snapshot among them.
 */
export function OrderPicker({ tabId, orderIds, url, onSaved }: { tabId: number; orderIds: string[]; url?: string; onSaved?: () => void }) {
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
      setProgress(t('orderPickerProgress', orderId, `${i + 1}/${ids.length}`));
      try {
        const r = await sendRuntime(backgroundRequests, { type: 'capture.save', source: 'popup', tabId, orderId });
        done.push({ orderId, caseId: r.caseId });
      } catch (err) {
        done.push({ orderId, error: err instanceof Error ? err.message : String(err) });
      }
    }
    setProgress(undefined);
    setOutcomes(done);
    onSaved?.();
  };

  const failed = outcomes?.filter((o) => o.error) ?? [];
  const saved = outcomes ? outcomes.length - failed.length : 0;
  return (
    <fieldset data-testid="order-picker" style={{ display: 'grid', gap: 4 }}>
      <legend>{t('orderPickerTitle')}</legend>
      <span className="muted">{t('orderPickerHint')}</span>
      {orderIds.map((id) => (
        <label key={id}>
          <input type="checkbox" checked={chosen.has(id)} disabled={Boolean(progress)} onChange={(e) => toggle(id, e.target.checked)} data-testid="order-picker-option" value={id} /> {id}
        </label>
      ))}
      <button type="button" onClick={() => void saveChosen()} disabled={Boolean(progress) || chosen.size === 0} data-testid="order-picker-save">
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
          {t('orderPickerFailed', o.orderId, o.error ?? '')}
        </span>
      ))}
    </fieldset>
  );
}
