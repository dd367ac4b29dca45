import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { getCaptureMethod, setCaptureMethod, type CaptureMethod } from '../../utils/capture/settings';
import { getDb } from '../../utils/db/database';
import { t } from '../../utils/i18n';

/**
 * The full-page method. Choosing the fast one asks for the debugger permission right here, in the
 * click (browsers grant permissions only from a user gesture on an extension page); when it is
 * refused or the browser cannot grant it, stitching stays chosen and the user is told why.
 */
export function CaptureSettings() {
  const method = useLiveQuery(() => getCaptureMethod(getDb()), []);
  const [notice, setNotice] = useState<string>();
  const choose = (next: CaptureMethod) => {
    setNotice(undefined);
    if (next === 'stitch') {
      void setCaptureMethod(getDb(), 'stitch');
      return;
    }
    browser.permissions
      .request({ permissions: ['debugger'] })
      .catch(() => false)
      .then(async (granted) => {
        await setCaptureMethod(getDb(), granted ? 'debugger' : 'stitch');
        if (!granted) setNotice(t('debuggerRefusedNotice'));
      });
  };
  if (method === undefined) return null;
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 2 }} data-testid="capture-method">
      <legend className="muted">{t('captureMethod')}</legend>
      {(['stitch', 'debugger'] as const).map((m) => (
        <label key={m} style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
          <input type="radio" name="capture-method" value={m} checked={method === m} onChange={() => choose(m)} />
          {m === 'stitch' ? t('captureMethodStitch') : t('captureMethodDebugger')}
        </label>
      ))}
      {notice ? (
        <p className="warn" role="status">
          {notice}
        </p>
      ) : null}
    </fieldset>
  );
}
