import type { ReactNode } from 'react';
import { showBidiControls } from '../../utils/export/bidi';
import type { Case } from '../../utils/schemas/records';

/**
 * A choice among cases by title ('' is the first, "none" option). Titles come from pages, so bidi
 * controls in them are shown as visible escapes, as in the title field.
 */
export function CaseSelect({
  label,
  cases,
  value,
  onChange,
  none = '—',
  testId,
  stacked,
}: {
  label: ReactNode;
  cases: readonly Pick<Case, 'id' | 'title'>[] | undefined;
  value: string;
  onChange: (caseId: string) => void;
  none?: string;
  testId?: string;
  stacked?: boolean;
}) {
  return (
    <label className={stacked ? 'stacked' : undefined}>
      {stacked ? <span className="muted">{label}</span> : <>{label} </>}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{none}</option>
        {cases?.map((c) => (
          <option key={c.id} value={c.id}>
            {showBidiControls(c.title)}
          </option>
        ))}
      </select>
    </label>
  );
}
