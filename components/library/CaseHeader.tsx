import { useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db/database';
import { editCase, mergeCases } from '../../utils/db/store';
import { exportPackFromPage } from '../../utils/export/save-from-page';
import { choiceFrom } from '../../utils/export/pack-choice';
import { verifyCase } from '../../utils/export/verify-case';
import type { VerifyReport } from '../../utils/export/verify';
import { showBidiControls } from '../../utils/export/bidi';
import { t } from '../../utils/i18n';
import { formatDateTime } from '../../utils/i18n-format';
import { platformName, uiLocale } from '../../utils/i18n-labels';
import type { Case } from '../../utils/schemas/records';
import { CaseSelect } from '../shared/CaseSelect';
import { ExportOptions } from '../shared/ExportOptions';
import { VerifyResult } from '../shared/VerifyResult';
import { errorText } from '../../utils/error-text';

export function CaseHeader({ item, others, onSelect }: { item: Case; others: Case[]; onSelect: (id: string) => void }) {
  const db = getDb();
  // A title from a page may hold bidi controls: the field shows them as visible escapes.
  const shownTitle = showBidiControls(item.title);
  const [title, setTitle] = useState(shownTitle);
  const [note, setNote] = useState<{ text: string; bad?: boolean; downloadId?: number }>();
  const [report, setReport] = useState<VerifyReport>();
  const [mergeTarget, setMergeTarget] = useState('');
  const [options, setOptions] = useState({ masked: false, fitted: false });
  const [progress, setProgress] = useState<number | undefined>();
  const fail = (err: unknown) => setNote({ text: errorText(err), bad: true });

  const rename = () => {
    if (title.trim() && title.trim() !== shownTitle.trim())
      void editCase(db, item.id, { title: title.trim() }).catch(fail);
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
    setNote({ text: t('exporting') });
    setProgress(0);
    exportPackFromPage(db, item.id, choiceFrom(options), (p) =>
      setProgress(p.bytesTotal ? p.bytesDone / p.bytesTotal : p.filesDone / p.filesTotal),
    )
      // The head is what lets someone else check later that the pack was not rebuilt: say so at once.
      .then(
        (r) =>
          setNote({ text: `${t('exportedHead', r.filename, r.head)} · ${t('exportedTo')}`, downloadId: r.downloadId }),
        fail,
      )
      .finally(() => setProgress(undefined));
  };

  return (
    <header className="case-header">
      <label className="title-edit">
        <span className="sr-only">{t('caseTitle')}</span>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={rename}
          onKeyDown={(e) => e.key === 'Enter' && rename()}
          data-testid="case-title"
        />
      </label>
      <p className="muted">
        {platformName(item.platform)} · {item.role === 'buyer' ? t('roleBuyer') : t('roleSeller')}
        {item.orderRef ? ` · ${t('caseOrder', showBidiControls(item.orderRef))}` : ''} ·{' '}
        {t('createdOn', formatDateTime(item.createdAt, { locale: uiLocale() }))}
      </p>
      {/* What to do with the case: its status and merging on one line, sharing it (export, verify) below. */}
      <div className="toolbar">
        <label>
          {t('statusLabel')}{' '}
          <select
            value={item.status}
            onChange={(e) => setStatus(e.target.value as Case['status'])}
            data-testid="case-status"
          >
            <option value="open">{t('statusOpen')}</option>
            <option value="resolved">{t('statusResolved')}</option>
            <option value="archived">{t('statusArchived')}</option>
            <option value="deleted">{t('statusDeleted')}</option>
          </select>
        </label>
        <span className="merge">
          <CaseSelect label={t('mergeInto')} cases={others} value={mergeTarget} onChange={setMergeTarget} />{' '}
          <button type="button" onClick={merge} disabled={!mergeTarget}>
            {t('merge')}
          </button>
        </span>
      </div>
      <section className="export-box" aria-label={t('exportPack')}>
        <div className="toolbar">
          <button type="button" className="primary" onClick={exportPack} data-testid="library-export">
            {t('exportPack')}
          </button>
          <button
            type="button"
            onClick={() => void verifyCase(db, item.id).then(setReport)}
            data-testid="library-verify"
          >
            {t('verify')}
          </button>
        </div>
        <div className="export-options">
          <span className="muted">{t('sharingCopies')}</span>
          <ExportOptions caseId={item.id} value={options} onChange={setOptions} />
        </div>
        {progress !== undefined ? (
          <progress value={progress} max={1} aria-label={t('exporting')} data-testid="export-progress" />
        ) : null}
        {note ? (
          <p role="status" className={note.bad ? 'bad' : 'muted'} data-testid="library-export-note">
            {note.text}
            {note.downloadId !== undefined ? (
              <>
                {' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => void browser.downloads.show(note.downloadId!)}
                  data-testid="show-in-folder"
                >
                  {t('showInFolder')}
                </button>
              </>
            ) : null}
          </p>
        ) : null}
        <VerifyResult report={report} testIdPrefix="library-" />
      </section>
    </header>
  );
}
