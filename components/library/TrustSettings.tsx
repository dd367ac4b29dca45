import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { installationKey } from '../../utils/trust/installation-key';
import { groupFingerprint } from '../../utils/trust/pem';
import { sendQueuedStamps } from '../../utils/trust/capture-stamps';
import {
  originPattern,
  PUBLIC_TSAS,
  readTsaSettings,
  tsaSettingsSchema,
  type TsaSettings,
  writeTsaSettings,
} from '../../utils/trust/tsa-settings';

/** The installation key's fingerprint, what a signature proves and what not, and the time-stamping choice. */
export function TrustSettings() {
  const db = getDb();
  const [fingerprint, setFingerprint] = useState<string | null | undefined>(undefined);
  const settings = useLiveQuery(() => readTsaSettings(db), []);
  const waiting = useLiveQuery(() => db.stamps.where('status').equals('queued').count(), []);
  // What the user is typing; until then, the address kept in settings.
  const [typed, setCustom] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState('');
  useEffect(() => {
    installationKey(db).then(
      (k) => setFingerprint(k.fingerprint),
      () => setFingerprint(null),
    );
  }, [db]);
  if (!settings) return null;
  const custom = typed ?? settings.customUrl ?? '';

  // Called from the user's click or choice: browsers grant a host permission only during a gesture.
  const choose = async (next: TsaSettings) => {
    setMessage('');
    const parsed = tsaSettingsSchema.safeParse(next);
    const url = next.choice === 'custom' ? next.customUrl : PUBLIC_TSAS.find((x) => x.id === next.choice)?.url;
    if (next.choice !== 'none' && (!parsed.success || !url)) return setMessage(t('tsaBadUrl'));
    if (url && !(await browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false)))
      return setMessage(t('tsaPermissionDenied'));
    await writeTsaSettings(db, parsed.success ? parsed.data : { choice: 'none' });
  };

  return (
    <fieldset className="trust-settings" data-testid="trust-settings">
      <legend>{t('trustHeading')}</legend>
      <p>
        {t('installationKeyLabel')}:{' '}
        <code data-testid="installation-key-fingerprint">
          {fingerprint ? groupFingerprint(fingerprint) : fingerprint === null ? t('installationKeyUnknown') : '…'}
        </code>
      </p>
      <p>{t('installationKeyProves')}</p>
      <label>
        {t('tsaLabel')}{' '}
        <select
          value={settings.choice}
          data-testid="tsa-choice"
          onChange={(e) =>
            void choose(
              e.target.value === 'custom'
                ? { choice: 'custom', ...(custom ? { customUrl: custom } : {}) }
                : { choice: e.target.value },
            )
          }
        >
          <option value="none">{t('tsaNone')}</option>
          {PUBLIC_TSAS.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name} — {x.url}
            </option>
          ))}
          <option value="custom">{t('tsaCustom')}</option>
        </select>
      </label>
      <label>
        {t('tsaCustomUrl')}{' '}
        <input
          type="url"
          size={40}
          value={custom}
          placeholder="https://"
          data-testid="tsa-url"
          onChange={(e) => setCustom(e.target.value)}
        />
        <button
          type="button"
          data-testid="tsa-url-save"
          onClick={() => void choose({ choice: 'custom', customUrl: custom.trim() })}
        >
          {t('tsaSave')}
        </button>
      </label>
      {message && <p role="alert">{message}</p>}
      {waiting && settings.choice !== 'none' ? (
        <p data-testid="stamps-waiting">
          {t('stampsWaiting', waiting)}{' '}
          <button
            type="button"
            data-testid="stamps-retry"
            onClick={() => void sendQueuedStamps(db, { force: true }).catch(() => undefined)}
          >
            {t('stampsRetry')}
          </button>
        </p>
      ) : null}
      <p>{t('tsaExplain')}</p>
    </fieldset>
  );
}
