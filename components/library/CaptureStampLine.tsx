import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { formatDateTime } from '../../utils/i18n-format';
import { uiLocale } from '../../utils/i18n-labels';
import { stampDelayMs } from '../../utils/trust/capture-stamps';

/** A wait in the units that matter, in the screen's language. */
export function waitLabel(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return t('waitSeconds', s);
  const m = Math.floor(s / 60);
  if (m < 60) return t('waitMinutes', m);
  const h = Math.floor(m / 60);
  if (h < 48) return t('waitHours', h, m % 60);
  return t('waitDays', Math.floor(h / 24), h % 24);
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** An item's capture stamp: waiting (and why), or the authority's time and how long after the capture it came. */
export function CaptureStampLine({ itemId }: { itemId: string }) {
  const stamp = useLiveQuery(() => getDb().stamps.get(itemId), [itemId]);
  if (!stamp) return null;
  if (stamp.status === 'queued')
    return (
      <p className="warn" data-testid="capture-stamp" data-status="queued">
        {t('stampQueued', stamp.attempts)}
        {stamp.lastError ? ` ${t('stampLastError', stamp.lastError)}` : ''}
      </p>
    );
  const delay = stampDelayMs(stamp);
  if (stamp.genTime === undefined || delay === undefined) return null;
  return (
    <p className="muted" data-testid="capture-stamp" data-status="stamped">
      {t(
        'stampDone',
        formatDateTime(stamp.genTime, { locale: uiLocale(), seconds: true }),
        host(stamp.tsaUrl),
        waitLabel(delay),
      )}
    </p>
  );
}
