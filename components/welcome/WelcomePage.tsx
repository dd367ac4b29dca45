import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';

/** Opened once, on install: what OrderProof does, the one permission warning explained, where data stays. */
export function WelcomePage() {
  return (
    <main className="welcome" data-testid="welcome">
      <header className="welcome-header">
        <img src={browser.runtime.getURL('/icon/128.png')} alt="" width={56} height={56} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p className="welcome-lead">{t('welcomeLead')}</p>
      <section aria-labelledby="welcome-how">
        <h2 id="welcome-how">{t('welcomeHowTitle')}</h2>
        <ol>
          <li>{t('welcomeStep1')}</li>
          <li>{t('welcomeStep2')}</li>
          <li>{t('welcomeStep3')}</li>
        </ol>
      </section>
      <section aria-labelledby="welcome-perm" data-testid="welcome-permission">
        <h2 id="welcome-perm">{t('welcomePermTitle')}</h2>
        <p>{t('welcomePerm')}</p>
      </section>
      <section aria-labelledby="welcome-data" data-testid="welcome-data">
        <h2 id="welcome-data">{t('welcomeDataTitle')}</h2>
        <p>{t('welcomeData')}</p>
        <p className="warn">{t('welcomeDataCare')}</p>
      </section>
      <p>
        <a className="button primary" href={browser.runtime.getURL('/library.html')}>
          {t('welcomeOpenLibrary')}
        </a>
      </p>
    </main>
  );
}
