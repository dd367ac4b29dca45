import { memo, useState } from 'react';
import { getDb } from '../../utils/db/database';
import { deleteEvidence, moveEvidence, renameEvidence } from '../../utils/db/store';
import { t, type MessageKey } from '../../utils/i18n';
import type { Case, Evidence } from '../../utils/schemas/records';
import { formatBytes, useBlobUrl } from '../../hooks/use-blob-url';
import { EvidencePreview } from './EvidencePreview';
import { formatDateTime } from '../../utils/i18n-format';
import { captureHowLabel, uiLocale } from '../../utils/i18n-labels';
import { RedactBoxes } from './RedactBoxes';
import { CaptureStampLine } from './CaptureStampLine';
import { CaseSelect } from '../shared/CaseSelect';
import { errorText } from '../../utils/error-text';

export function kindLabel(kind: Evidence['kind']): string {
  return t(`kind_${kind.replaceAll('-', '_')}` as MessageKey);
}

function FileLine({ file }: { file: Evidence['files'][number] }) {
  const url = useBlobUrl(file.sha256);
  return (
    <li>
      {/* Files are offered as downloads: a saved page is never opened as a live page here. */}
      {url ? (
        <a href={url} download={file.name}>
          {file.name}
        </a>
      ) : (
        file.name
      )}{' '}
      <span className="muted">
        · {formatBytes(file.size)} · {t('fileFingerprint')}{' '}
      </span>
      <code data-testid="file-hash">{file.sha256}</code>
    </li>
  );
}

/** Memoised: a new item in a case of thousands leaves the other cards' items (and their objects) as they were. */
export const EvidenceCard = memo(function EvidenceCard({ item, others }: { item: Evidence; others: Case[] }) {
  const db = getDb();
  const [title, setTitle] = useState(item.title);
  const [error, setError] = useState<string>();
  const [marking, setMarking] = useState(false);
  const picture = item.files.find((f) => f.mime === 'image/png' || f.mime === 'image/jpeg');
  const fail = (err: unknown) => setError(errorText(err));
  const rename = () => {
    if (title.trim() && title.trim() !== item.title) void renameEvidence(db, item.id, title).catch(fail);
  };
  const remove = () => {
    if (confirm(t('confirmDeleteEvidence', item.title)))
      void deleteEvidence(db, item.id, 'deleted in the library').catch(fail);
  };

  return (
    <article
      className={item.deletedAt ? 'evidence deleted' : 'evidence'}
      data-testid="evidence-card"
      data-kind={item.kind}
    >
      <header>
        <span className="badge">{kindLabel(item.kind)}</span>
        <input
          aria-label={t('evidenceTitle')}
          value={title}
          disabled={Boolean(item.deletedAt)}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={rename}
          onKeyDown={(e) => e.key === 'Enter' && rename()}
        />
      </header>
      <p className="muted">
        {t('capturedAtTime', formatDateTime(item.capturedAt, { locale: uiLocale(), seconds: true }))}
        {captureHowLabel(item.capture.method) ? ` · ${captureHowLabel(item.capture.method)}` : ''}
        {item.sourceUrl ? (
          <>
            {' · '}
            <span className="source">{item.sourceUrl}</span>
          </>
        ) : null}
      </p>
      {item.deletedAt ? (
        <p className="warn">{t('evidenceDeleted', formatDateTime(item.deletedAt, { locale: uiLocale() }))}</p>
      ) : (
        <EvidencePreview item={item} />
      )}
      {item.capture.health.length ? (
        // One line per remark: a run of several warnings joined into one paragraph hides the second.
        <ul className="warn health-lines">
          {item.capture.health.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      <CaptureStampLine itemId={item.id} />
      <ul className="files">
        {item.files.map((f) => (
          <FileLine key={f.sha256 + f.name} file={f} />
        ))}
      </ul>
      {item.deletedAt ? null : (
        <div className="toolbar">
          <CaseSelect
            label={t('moveTo')}
            cases={others}
            value=""
            onChange={(to) => to && void moveEvidence(db, item.id, to).catch(fail)}
          />
          {picture ? (
            <button
              type="button"
              onClick={() => setMarking((v) => !v)}
              aria-expanded={marking}
              data-testid="redact-open"
            >
              {t('redactBoxesOpen')}
              {item.redactionBoxes?.length ? ` (${item.redactionBoxes.length})` : ''}
            </button>
          ) : null}
          <button type="button" className="danger" onClick={remove} data-testid="delete-evidence">
            {t('delete')}
          </button>
        </div>
      )}
      {marking && picture && !item.deletedAt ? (
        <RedactBoxes item={item} sha256={picture.sha256} onClose={() => setMarking(false)} />
      ) : null}
      {error ? (
        <p className="bad" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
});
