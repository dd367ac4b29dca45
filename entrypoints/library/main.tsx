import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LibraryApp } from '../../components/LibraryApp';
import { t, uiLanguage } from '../../utils/i18n';

document.documentElement.lang = uiLanguage();
document.title = t('libraryTitle');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LibraryApp />
  </StrictMode>,
);
