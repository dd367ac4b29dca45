import { useState } from 'react';
import { getDb } from '../../utils/db/database';
import { formatSize } from '../../utils/db/space';
import { resumeWrites } from '../../utils/db/storage-guard';
import { t } from '../../utils/i18n';
import type { StorageStatus } from '../../hooks/use-storage-status';
import { errorText } from '../../utils/error-text';

/**
 * Says when writes are stopped or space runs low, and offers the way out: a backup (the library makes
 * it here, the popup sends the user to the library) and, once space is freed, a fresh check.
 */
export function StorageAlert({
  status,
  backup,
}: {
  status: StorageStatus;
  backup: { run: () => Promise<string> } | { href: string };
}) {
  const [note, setNote] = useState<{ text: string; bad: boolean }>();
  const [busy, setBusy] = useState(false);
  const { space, stopped } = status;
  // After a successful re-check the note stays to say so, without the warning.
  if (!stopped && !space?.low && !note) return null;
  const state = stopped ? 'stopped' : space?.low ? 'low' : 'ok';

  const act = async (work: () => Promise<{ text: string; bad: boolean }>) => {
    setBusy(true);
    try {
      setNote(await work());
    } catch (err) {
      setNote({ text: errorText(err), bad: true });
    } finally {
      setBusy(false);
      status.refresh();
    }
  };
  const resume = () =>
    act(async () => {
      const r = await resumeWrites(async () => {
        await getDb().settings.put({ key: 'storage.probe', value: Date.now() });
      });
      return r.ok ? { text: t('storageResumed'), bad: false } : { text: t('storageStillStopped', r.reason), bad: true };
    });

  return (
    <div
      role={state === 'ok' ? 'status' : 'alert'}
      className={state === 'ok' ? 'storage-alert' : 'warn storage-alert'}
      data-testid="storage-alert"
      data-state={state}
    >
      {stopped ? (
        <>
          <strong>{t('storageStoppedTitle')}</strong> {t('storageStoppedBody', stopped.error)}
        </>
      ) : state === 'low' ? (
        t('storageLowWarning', formatSize(space?.room ?? 0))
      ) : null}{' '}
      {state === 'ok' ? null : 'run' in backup ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => void act(async () => ({ text: await backup.run(), bad: false }))}
          data-testid="storage-backup"
        >
          {t('storageBackupNow')}
        </button>
      ) : (
        <a href={backup.href} target="_blank" rel="noreferrer" data-testid="storage-backup">
          {t('storageOpenLibrary')}
        </a>
      )}{' '}
      {stopped ? (
        <button type="button" disabled={busy} onClick={() => void resume()} data-testid="storage-resume">
          {t('storageResume')}
        </button>
      ) : null}
      {note ? (
        <p className={note.bad ? 'bad' : 'good'} data-testid="storage-note">
          {note.text}
        </p>
      ) : null}
    </div>
  );
}
