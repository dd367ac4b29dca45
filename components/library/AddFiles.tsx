import { useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db/database';
import { addEvidence } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import { DropZone } from './DropZone';
import { FileButton } from '../shared/FileButton';
import { browserName } from '../../utils/capture/meta';
import { formatSize, largestFileNow } from '../../utils/db/space';
import { useStorageStatus } from '../../hooks/use-storage-status';
import { errorText } from '../../utils/error-text';

/** Photos, videos, labels, receipts from disk: by picker or drag-and-drop, each hashed and logged. */
export function AddFiles({ caseId }: { caseId: string }) {
  const [progress, setProgress] = useState<string>();
  // The limit shown is the one addEvidence enforces: the per-file limit, or the room left if smaller.
  const { space } = useStorageStatus();

  const add = async (files: File[]) => {
    for (const file of files) {
      setProgress(t('addingFile', file.name, 0));
      try {
        await addEvidence(
          getDb(),
          {
            caseId,
            kind: 'uploaded-file',
            title: file.name,
            capturedAt: Date.now(),
            capture: {
              method: 'file-upload',
              browser: browserName(),
              extensionVersion: browser.runtime.getManifest().version,
              utcOffsetMinutes: -new Date().getTimezoneOffset(),
              health: [],
            },
            files: [{ name: file.name, mime: file.type || 'application/octet-stream', blob: file }],
          },
          (done, total) => setProgress(t('addingFile', file.name, Math.round((done / total) * 100))),
        );
        setProgress(t('addedFile', file.name));
      } catch (err) {
        setProgress(t('addFileFailed', file.name, errorText(err)));
      }
    }
  };

  return (
    <DropZone onFiles={(files) => void add(files)}>
      <FileButton
        label={t('addFiles')}
        testId="add-files"
        multiple
        accept="image/*,video/*,application/pdf,.txt,.eml"
        onFiles={(files) => void add(files)}
      />
      <span className="muted"> {t('dropHint')}</span>
      {space ? (
        <span className="muted" data-testid="upload-limit">
          {' '}
          {t('uploadLimit', formatSize(largestFileNow(space)), formatSize(space.room))}
        </span>
      ) : null}
      {progress ? (
        <p role="status" data-testid="add-progress">
          {progress}
        </p>
      ) : null}
    </DropZone>
  );
}
