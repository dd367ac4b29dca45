import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../utils/db/database';
import { recentCases } from '../../utils/db/store';
import { t } from '../../utils/i18n';

/** Where the next capture goes: '' means this order's case, else a new one. */
export function CaptureCasePicker({ value, onChange }: { value: string; onChange: (caseId: string) => void }) {
  const cases = useLiveQuery(() => recentCases(getDb(), 20), []);
  return (
    <label style={{ display: 'grid', gap: 2 }}>
      <span className="muted">{t('targetCase')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="capture-case">
        <option value="">{t('targetCaseAuto')}</option>
        {cases?.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
    </label>
  );
}
