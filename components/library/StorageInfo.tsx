import { formatSize } from '../../utils/db/space';
import { downloadBackup } from '../../utils/export/backup-download';
import { t } from '../../utils/i18n';
import { useStorageStatus } from '../../hooks/use-storage-status';
import { StorageAlert } from '../shared/StorageAlert';

/** Space used and left for evidence; a warning with a backup long before the disk is full, or once writes stopped. */
export function StorageInfo() {
  const status = useStorageStatus();
  const { space } = status;
  const backup = {
    run: async () => {
      const done = await downloadBackup();
      return t('backupDone', done.filename, done.cases);
    },
  };
  return (
    <>
      {space ? (
        <span className={space.low ? 'warn' : 'muted'} data-testid="storage">
          {t('storageUsed', formatSize(space.usage))} · {t('storageRoom', formatSize(space.room))}
        </span>
      ) : null}
      <StorageAlert status={status} backup={backup} />
    </>
  );
}
