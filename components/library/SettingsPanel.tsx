import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { marketplaces } from '../../utils/marketplaces/registry';
import { platformName } from '../../utils/i18n-labels';
import { readSettings, writeSettings, type AppSettings } from '../../utils/settings';
import { PackTransfer } from './PackTransfer';
import { TrustSettings } from './TrustSettings';
import { RecipeSettings } from './RecipeSettings';

const LEAD_CHOICES = [7, 3, 2, 1, 0];

export function SettingsPanel({ onClose }: { onClose: () => void }) {
  const db = getDb();
  const settings = useLiveQuery(() => readSettings(db), []);
  if (!settings) return null;
  const save = (patch: Partial<AppSettings>) => void writeSettings(db, patch);
  const toggleLead = (d: number) =>
    save({
      reminderLeadDays: settings.reminderLeadDays.includes(d)
        ? settings.reminderLeadDays.filter((x) => x !== d)
        : [...settings.reminderLeadDays, d].sort((a, b) => b - a),
    });
  const toggleMarket = (id: string) =>
    save({
      inPageMarketplacesOff: settings.inPageMarketplacesOff.includes(id)
        ? settings.inPageMarketplacesOff.filter((x) => x !== id)
        : [...settings.inPageMarketplacesOff, id],
    });

  return (
    <section className="settings" aria-label={t('settings')} data-testid="settings">
      <h2>{t('settings')}</h2>
      <label>
        {t('languageLabel')}{' '}
        <select
          value={settings.language}
          onChange={(e) =>
            void writeSettings(db, { language: e.target.value as AppSettings['language'] }).then(() =>
              location.reload(),
            )
          }
          data-testid="language"
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="en">English</option>
          <option value="zh_CN">简体中文</option>
          <option value="zh_TW">繁體中文</option>
        </select>
      </label>
      <label>
        {t('themeLabel')}{' '}
        <select value={settings.theme} onChange={(e) => save({ theme: e.target.value as AppSettings['theme'] })}>
          <option value="auto">{t('themeAuto')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </label>
      <fieldset>
        <legend>{t('reminderLeads')}</legend>
        {LEAD_CHOICES.map((d) => (
          <label key={d}>
            <input type="checkbox" checked={settings.reminderLeadDays.includes(d)} onChange={() => toggleLead(d)} />
            {d === 0 ? t('leadSameDay') : d === 1 ? t('leadOneDay') : t('leadDays', d)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('inPageButtonOn')}</legend>
        {/* The demo shop is for development and tests: a shipped build never lists it. */}
        {marketplaces
          .filter((m) => m.id !== 'demo-shop' || import.meta.env.MODE !== 'production')
          .map((m) => (
            <label key={m.id}>
              <input
                type="checkbox"
                checked={!settings.inPageMarketplacesOff.includes(m.id)}
                onChange={() => toggleMarket(m.id)}
              />
              {platformName(m.id)}
            </label>
          ))}
      </fieldset>
      <PackTransfer />
      <TrustSettings />
      <RecipeSettings />
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </section>
  );
}
