import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { getDb } from '../../utils/db/database';
import { t, uiLanguage } from '../../utils/i18n';
import { applyLanguage } from '../../utils/i18n-choice';
import { readSettings } from '../../utils/settings';

async function start() {
  const settings = await readSettings(getDb());
  await applyLanguage(settings.language).catch(() => undefined);
  document.documentElement.lang = uiLanguage();
  if (settings.theme !== 'auto') document.documentElement.dataset.theme = settings.theme;
  document.title = t('welcomePageTitle');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <WelcomePage />
    </StrictMode>,
  );
}
void start();
