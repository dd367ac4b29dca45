import { t } from '../utils/i18n';
import { CaseList } from './CaseList';

/** The full-page library. For now: every case with export and verify; the workspace grows here. */
export function LibraryApp() {
  return (
    <main style={{ maxWidth: 960, margin: '0 auto', padding: 24 }}>
      <h1 style={{ fontSize: 20 }}>{t('libraryTitle')}</h1>
      <CaseList limit={1000} />
      <p className="muted">{t('localOnly')}</p>
    </main>
  );
}
