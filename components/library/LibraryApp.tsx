import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { getDb, type SearchRecord } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { matchesQuery } from '../../utils/db/search-text';
import type { Case } from '../../utils/schemas/records';
import { CaseFilters, type Filters } from './CaseFilters';
import { CaseListPanel } from './CaseListPanel';
import { CaseView } from './CaseView';
import { SettingsPanel } from './SettingsPanel';
import { StorageInfo } from './StorageInfo';

const SORTS: Record<Filters['sort'], (a: Case, b: Case) => number> = {
  updated: (a, b) => b.updatedAt - a.updatedAt,
  created: (a, b) => b.createdAt - a.createdAt,
  title: (a, b) => a.title.localeCompare(b.title),
};

function selectedFromHash(): string | undefined {
  return /case=([\w-]+)/.exec(location.hash)?.[1];
}

/** The full-page workspace: find a case, review and manage its evidence, export it. */
export function LibraryApp() {
  const db = getDb();
  const [filters, setFilters] = useState<Filters>({ query: '', platform: '', status: 'active', sort: 'updated' });
  const [selected, setSelected] = useState<string | undefined>(selectedFromHash);
  const [showSettings, setShowSettings] = useState(false);
  const cases = useLiveQuery(() => db.cases.toArray(), []);
  const searching = filters.query.trim() !== '';
  // Search documents load only once the user searches: the first paint needs just the cases.
  const searchDocs = useLiveQuery(
    (): Promise<SearchRecord[]> => (searching ? db.search.toArray() : Promise.resolve([])),
    [searching],
  );

  useEffect(() => {
    const onHash = () => setSelected(selectedFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const visible = useMemo(() => {
    if (!cases) return undefined;
    const hits = filters.query.trim()
      ? new Set((searchDocs ?? []).filter((d) => matchesQuery(d.text, filters.query)).map((d) => d.caseId))
      : undefined;
    return cases
      .filter((c) =>
        filters.status === 'active' ? c.status === 'open' || c.status === 'resolved' : c.status === filters.status,
      )
      .filter((c) => !filters.platform || c.platform === filters.platform)
      .filter((c) => !hits || hits.has(c.id))
      .sort(SORTS[filters.sort]);
  }, [cases, searchDocs, filters]);

  const platforms = useMemo(() => [...new Set((cases ?? []).map((c) => c.platform))].sort(), [cases]);
  const select = (id: string) => {
    location.hash = `case=${id}`;
  };

  return (
    <div className="library">
      <header className="library-header">
        <h1>{t('libraryTitle')}</h1>
        <CaseFilters value={filters} platforms={platforms} onChange={setFilters} />
        <StorageInfo />
        <button
          type="button"
          onClick={() => setShowSettings((v) => !v)}
          aria-expanded={showSettings}
          data-testid="open-settings"
        >
          {t('settings')}
        </button>
      </header>
      {showSettings ? <SettingsPanel onClose={() => setShowSettings(false)} /> : null}
      <div className="library-body">
        <CaseListPanel cases={visible} selected={selected} onSelect={select} />
        {selected ? (
          <CaseView caseId={selected} onSelect={select} />
        ) : (
          <p className="muted library-empty">{t('pickCase')}</p>
        )}
      </div>
      <footer className="muted">{t('localOnly')}</footer>
    </div>
  );
}
