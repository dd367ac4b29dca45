import { useState } from 'react';
import { getDb } from '../../utils/db/database';
import { editCase } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import { marketName, PICKABLE_MARKETS } from '../../utils/rules/markets';
import type { Case } from '../../utils/schemas/records';
import { ruleLanguage } from '../../utils/guidance-view';

/** The case's market: shown once known, otherwise asked, pre-set from the page address where it names one. */
export function GuideMarket({ item, detected }: { item: Case; detected: string | undefined }) {
  const lang = ruleLanguage();
  const [editing, setEditing] = useState(false);
  const [pick, setPick] = useState(item.market ?? detected ?? '');
  if (item.market && !editing) {
    return (
      <p className="muted" data-testid="guide-market">
        {t('guideMarketIs', marketName(item.market, lang))}{' '}
        <button type="button" className="link" onClick={() => setEditing(true)}>
          {t('guideChange')}
        </button>
      </p>
    );
  }
  const save = () => {
    void editCase(getDb(), item.id, { market: pick || undefined }).then(() => setEditing(false));
  };
  return (
    <div className="warn" data-testid="guide-market-ask">
      <div>{t('guideMarketAsk')}</div>
      {detected ? <div className="muted">{t('guideMarketDetected', marketName(detected, lang))}</div> : null}
      <label>
        {t('guideMarketLabel')}{' '}
        <select value={pick} onChange={(e) => setPick(e.target.value)} data-testid="guide-market-select">
          <option value="">{t('guideMarketNotSure')}</option>
          {PICKABLE_MARKETS.map((m) => (
            <option key={m} value={m}>
              {marketName(m, lang)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" className="primary" disabled={!pick} onClick={save} data-testid="guide-market-save">
        {t('guideMarketSave')}
      </button>
    </div>
  );
}
