import { useEffect, useState } from 'react';
import { t } from '../../utils/i18n';
import { formatBytes } from '../../utils/ui/use-blob-url';

const WARN_RATIO = 0.8;

/** Space used in total, with a warning well before the browser's quota runs out. */
export function StorageInfo() {
  const [estimate, setEstimate] = useState<{ usage: number; quota: number }>();
  useEffect(() => {
    const read = () => void navigator.storage.estimate().then((e) => setEstimate({ usage: e.usage ?? 0, quota: e.quota ?? 0 }));
    read();
    const timer = setInterval(read, 10_000);
    return () => clearInterval(timer);
  }, []);
  if (!estimate) return null;
  const full = estimate.quota > 0 && estimate.usage / estimate.quota > WARN_RATIO;
  return (
    <span className={full ? 'warn' : 'muted'} data-testid="storage">
      {t('storageUsed', formatBytes(estimate.usage))}
      {full ? ` · ${t('storageNearlyFull')}` : ''}
    </span>
  );
}
