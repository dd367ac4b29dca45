import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { getDb } from '../../utils/db/database';
import { uiLanguage } from '../../utils/i18n';
import { applyLanguage } from '../../utils/i18n-choice';
import { readSettings } from '../../utils/settings';

async function start() {
  const settings = await readSettings(getDb());
  await applyLanguage(settings.language).catch(() => undefined);
  document.documentElement.lang = uiLanguage();
  if (settings.theme !== 'auto') document.documentElement.dataset.theme = settings.theme;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  );
}
void start();
