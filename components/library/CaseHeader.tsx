import { useState } from 'react';
import { getDb } from '../../utils/db/database';
import { editCase, mergeCases } from '../../utils/db/store';
import { exportPackFromPage } from '../../utils/export/save-from-page';
import { GENERIC_UPLOAD } from '../../utils/export/fit';
import { verifyCase } from '../../utils/export/verify-case';
import type { VerifyReport } from '../../utils/export/verify';
import { showBidiControls } from '../../utils/export/bidi';
import { t } from '../../utils/i18n';
import { formatDateTime } from '../../utils/i18n-format';
import { platformName, uiLocale } from '../../utils/i18n-labels';
import type { Case } from '../../utils/schemas/records';
import { ExportWarnings } from '../shared/ExportWarnings';

export function CaseHeader({ item, others, onSelect }: { item: Case; others: Case[]; onSelect: (id: string) => void }) {
  const db = getDb();
  // A title from a page may hold bidi controls: the field shows them as visible escapes.
  const shownTitle = showBidiControls(item.title);
  const [title, setTitle] = useState(shownTitle);
  const [note, setNote] = useState<string>();
  const [report, setReport] = useState<VerifyReport>();
  const [mergeTarget, setMergeTarget] = useState('');
  const [masked, setMasked] = useState(false);
  const [fitted, setFitted] = useState(false);
  const [progress, setProgress] = useState<number | undefined>();
  const fail = (err: unknown) => setNote(err instanceof Error ? err.message : String(err));

  const rename = () => {
    if (title.trim() && title.trim() !== shownTitle.trim()) void editCase(db, item.id, { title: title.trim() }).catch(fail);
  };
  const setStatus = (status: Case['status']) => {
    if (status === 'deleted' && !confirm(t('confirmDeleteCase'))) return;
    void editCase(db, item.id, { status }).catch(fail);
  };
  const merge = () => {
    if (!mergeTarget || !confirm(t('confirmMerge'))) return;
    void mergeCases(db, item.id, mergeTarget).then(() => onSelect(mergeTarget), fail);
  };
  // The library builds packs itself (it has a canvas and can make blob URLs), so it can show progress.
  const exportPack = () => {
    setNote(t('exporting'));
    setProgress(0);
    exportPackFromPage(db, item.id, { masked, ...(fitted ? { fitTo: GENERIC_UPLOAD } : {}) }, (p) => setProgress(p.bytesTotal ? p.bytesDone / p.bytesTotal : p.filesDone / p.filesTotal))
      // The head is what lets someone else check later that the pack was not rebuilt: say so at once.
      .then((r) => setNote(`${t('exportedHead', r.filename, r.head)} · ${t('exportedTo')}`), fail)
      .finally(() => setProgress(undefined));
  };

  return (
    <header className="case-header">
      <label className="title-edit">
        <span className="sr-only">{t('caseTitle')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} onBlur={rename} onKeyDown={(e) => e.key === 'Enter' && rename()} data-testid="case-title" />
      </label>
      <p className="muted">
        {platformName(item.platform)} · {item.role === 'buyer' ? t('roleBuyer') : t('roleSeller')}
        {item.orderRef ? ` · ${t('caseOrder', showBidiControls(item.orderRef))}` : ''} · {t('createdOn', formatDateTime(item.createdAt, { locale: uiLocale() }))}
      </p>
      <div className="toolbar">
        <label>
          {t('statusLabel')}{' '}
          <select value={item.status} onChange={(e) => setStatus(e.target.value as Case['status'])} data-testid="case-status">
            <option value="open">{t('statusOpen')}</option>
            <option value="resolved">{t('statusResolved')}</option>
            <option value="archived">{t('statusArchived')}</option>
            <option value="deleted">{t('statusDeleted')}</option>
          </select>
        </label>
        <button type="button" className="primary" onClick={exportPack} data-testid="library-export">
          {t('exportPack')}
        </button>
        <label title={t('maskPersonalDataHint')}>
          <input type="checkbox" checked={masked} onChange={(e) => setMasked(e.target.checked)} data-testid="export-masked" /> {t('maskPersonalData')}
        </label>
        <label title={t('fitUploadHint')}>
          <input type="checkbox" checked={fitted} onChange={(e) => setFitted(e.target.checked)} data-testid="export-fitted" /> {t('fitUpload')}
        </label>
        <button type="button" onClick={() => void verifyCase(db, item.id).then(setReport)} data-testid="library-verify">
          {t('verify')}
        </button>
        <label>
          {t('mergeInto')}{' '}
          <select value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
            <option value="">—</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {showBidiControls(o.title)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={merge} disabled={!mergeTarget}>
          {t('merge')}
        </button>
      </div>
      {masked ? <ExportWarnings caseId={item.id} /> : null}
      {progress !== undefined ? <progress value={progress} max={1} aria-label={t('exporting')} data-testid="export-progress" /> : null}
      {note ? <p role="status" className="muted">{note}</p> : null}
      {report ? (
        report.ok ? (
          <p className="good" data-testid="library-verify-ok">{t('verifyOk', report.filesChecked, report.entriesChecked)}</p>
        ) : (
          <div className="bad" role="alert">
            {t('verifyFailed')}
            <ul>{report.problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
        )
      ) : null}
    </header>
  );
}
