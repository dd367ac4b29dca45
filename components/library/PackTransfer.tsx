import { useEffect, useState } from 'react';
import { getDb } from '../../utils/db/database';
import { downloadBackup } from '../../utils/export/backup-download';
import { t } from '../../utils/i18n';
import { DropZone } from './DropZone';
import { FileButton } from '../shared/FileButton';
import { importPack, packChecker } from '../../utils/import/import-pack';
import { backupChecker, restoreBackup } from '../../utils/import/restore-backup';
import { type Refusal, refusalOf } from '../../utils/import/refusal';
import { errorText } from '../../utils/error-text';

type Status = { state: 'busy' | 'ok' | 'error'; text: string; detail?: string };

/** A refusal in the user's language, the checker's own finding beneath it. */
function refused(kind: 'pack' | 'backup', refusal: Refusal): Status {
  // "Not a pack" points a backup to its own button, and "not a backup" a pack to its own.
  const said = t(refusal.kind === 'notPack' && kind === 'backup' ? 'refusal_notBackup' : `refusal_${refusal.kind}`);
  return {
    state: 'error',
    text: kind === 'pack' ? t('importRefused', said) : t('restoreRefused', said),
    detail: t('refusalDetails', refusal.reason),
  };
}

/** Import a pack, back up every case, restore a backup: each checked in full before anything is written. */
export function PackTransfer() {
  const [status, setStatus] = useState<Status>();
  const busy = status?.state === 'busy';
  // The checkers' workers are started while this is shown (and again after each use), so their scripts are
  // loaded and compiled before a file is picked; they end when it is closed.
  useEffect(() => {
    if (busy) return;
    packChecker.prepare();
    backupChecker.prepare();
  }, [busy]);
  useEffect(
    () => () => {
      packChecker.drop();
      backupChecker.drop();
    },
    [],
  );

  const run = async (file: File | undefined, kind: 'pack' | 'backup') => {
    if (!file || busy) return;
    try {
      const db = getDb();
      if (kind === 'pack') {
        // The checker's worker reads the file itself (one read, none on this page's thread).
        setStatus({ state: 'busy', text: t('transferChecking', file.name) });
        const r = await importPack(db, file);
        setStatus(r.ok ? { state: 'ok', text: t('importDone', r.title, r.evidence) } : refused('pack', r));
      } else {
        // A backup can be larger than memory: it is read from the file piece by piece.
        setStatus({ state: 'busy', text: t('transferChecking', file.name) });
        const r = await restoreBackup(db, file);
        setStatus(r.ok ? { state: 'ok', text: t('restoreDone', r.cases, r.evidence) } : refused('backup', r));
      }
    } catch (err) {
      setStatus(refused(kind, refusalOf(err)));
    }
  };

  const backup = async () => {
    if (busy) return;
    setStatus({ state: 'busy', text: t('backupBuilding') });
    try {
      const done = await downloadBackup((p) =>
        setStatus({ state: 'busy', text: t('backupProgress', p.filesDone, Math.round(p.bytesDone / 1e6)) }),
      );
      setStatus({ state: 'ok', text: t('backupDone', done.filename, done.cases) });
    } catch (err) {
      setStatus({ state: 'error', text: t('backupFailed', errorText(err)) });
    }
  };

  return (
    <fieldset className="pack-transfer" data-testid="pack-transfer">
      <legend>{t('packTransferTitle')}</legend>
      <DropZone onFiles={(files) => void run(files[0], 'pack')}>
        <FileButton
          label={t('importPack')}
          testId="import-pack"
          accept=".zip,application/zip"
          disabled={busy}
          onFiles={(files, input) => void run(files[0], 'pack').finally(() => (input.value = ''))}
        />
        <span className="muted"> {t('importDropHint')}</span>
      </DropZone>
      <p>
        <button type="button" onClick={() => void backup()} disabled={busy} data-testid="backup-all">
          {t('backupAll')}
        </button>{' '}
        <FileButton
          label={t('restoreBackup')}
          testId="restore-backup"
          accept=".zip,application/zip"
          disabled={busy}
          onFiles={(files, input) => void run(files[0], 'backup').finally(() => (input.value = ''))}
        />
      </p>
      {status ? (
        <p
          role={status.state === 'error' ? 'alert' : 'status'}
          className={status.state === 'error' ? 'bad' : status.state === 'ok' ? 'good' : 'muted'}
          data-testid="transfer-status"
          data-state={status.state}
        >
          {status.text}
          {status.detail ? (
            <small className="transfer-detail" data-testid="transfer-detail">
              {status.detail}
            </small>
          ) : null}
        </p>
      ) : null}
    </fieldset>
  );
}
