import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { getDb } from '../../utils/db/database';
import { t, uiLanguage, type MessageKey } from '../../utils/i18n';
import { applyLanguage } from '../../utils/i18n-choice';
import { readSettings } from '../../utils/settings';

/**
 * Starts an extension page: the language chosen in settings first (so the first render speaks it, and
 * `lang` picks the right CJK font), then the theme, the title, and the app.
 */
export async function bootPage(App: ComponentType, { title }: { title?: MessageKey } = {}): Promise<void> {
  const settings = await readSettings(getDb());
  await applyLanguage(settings.language).catch(() => undefined);
  document.documentElement.lang = uiLanguage();
  if (settings.theme !== 'auto') document.documentElement.dataset.theme = settings.theme;
  if (title) document.title = t(title);
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
