import { t } from '../../utils/i18n';
import { platformName } from '../../utils/i18n-labels';

export interface Filters {
  query: string;
  platform: string;
  status: 'active' | 'archived' | 'deleted';
  sort: 'updated' | 'created' | 'title';
}

export function CaseFilters({
  value,
  platforms,
  onChange,
}: {
  value: Filters;
  platforms: string[];
  onChange: (f: Filters) => void;
}) {
  return (
    <div className="filters" role="search">
      <input
        type="search"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={value.query}
        onChange={(e) => onChange({ ...value, query: e.target.value })}
        data-testid="search"
      />
      <select
        aria-label={t('marketplace')}
        value={value.platform}
        onChange={(e) => onChange({ ...value, platform: e.target.value })}
      >
        <option value="">{t('allPlatforms')}</option>
        {platforms.map((p) => (
          <option key={p} value={p}>
            {platformName(p)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('statusLabel')}
        value={value.status}
        onChange={(e) => onChange({ ...value, status: e.target.value as Filters['status'] })}
      >
        <option value="active">{t('statusActive')}</option>
        <option value="archived">{t('statusArchived')}</option>
        <option value="deleted">{t('statusDeleted')}</option>
      </select>
      <select
        aria-label={t('sortLabel')}
        value={value.sort}
        onChange={(e) => onChange({ ...value, sort: e.target.value as Filters['sort'] })}
      >
        <option value="updated">{t('sortUpdated')}</option>
        <option value="created">{t('sortCreated')}</option>
        <option value="title">{t('sortTitle')}</option>
      </select>
    </div>
  );
}
