import { useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db/database';
import { choiceFrom } from '../../utils/export/pack-choice';
import { verifyCase } from '../../utils/export/verify-case';
import type { VerifyReport } from '../../utils/export/verify';
import { t } from '../../utils/i18n';
import { formatDay } from '../../utils/i18n-format';
import { uiLocale } from '../../utils/i18n-labels';
import { sendRuntime } from '../../utils/messaging';
import { backgroundMessages } from '../../utils/messages/background';
import type { Case } from '../../utils/schemas/records';
import { CaseThumb, useCaseFacts } from '../shared/case-facts';
import { ExportOptions } from '../shared/ExportOptions';
import { VerifyResult } from '../shared/VerifyResult';
import { errorText } from '../../utils/error-text';

export function CaseRow({ item, onGuide }: { item: Case; onGuide?: (caseId: string) => void }) {
  const facts = useCaseFacts(item);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; bad?: boolean; downloadId?: number } | undefined>();
  const [report, setReport] = useState<VerifyReport | undefined>();
  const [options, setOptions] = useState({ masked: false, fitted: false });

  const exportPack = () => {
    setBusy(true);
    setNote({ text: t('exporting') });
    const choice = choiceFrom(options);
    sendRuntime(backgroundMessages, { type: 'bg.export.case', caseId: item.id, ...(choice ? { choice } : {}) })
      .then(
        (r) => setNote({ text: `${t('exported', r.filename)} · ${t('exportedTo')}`, downloadId: r.downloadId }),
        (err: unknown) => setNote({ text: t('exportFailed', errorText(err)), bad: true }),
      )
      .finally(() => setBusy(false));
  };
  // Chrome builds packs in an offscreen document that takes about 0.4 s to start: started when an export is in sight.
  const prepareExport = () =>
    void sendRuntime(backgroundMessages, { type: 'bg.export.prepare' }).catch(() => undefined);
  const verify = () => {
    void verifyCase(getDb(), item.id).then(setReport);
  };

  return (
    <li className="case-row" data-testid="case-row" data-case-id={item.id}>
      <div className="case-row-head">
        <CaseThumb sha256={facts?.thumbSha} />
        <div className="case-row-text">
          <div className="case-row-title" title={item.title}>
            {facts?.heading ?? item.title}
          </div>
          <div className="muted small">
            {[
              ...(facts?.details ?? []),
              t('evidenceCount', facts?.evidenceCount ?? 0),
              t('caseUpdated', formatDay(item.updatedAt, { locale: uiLocale() })),
            ].join(' · ')}
          </div>
        </div>
      </div>
      <div className="row-actions">
        <button
          type="button"
          onClick={exportPack}
          onPointerEnter={prepareExport}
          onFocus={prepareExport}
          disabled={busy}
          data-testid="export-case"
        >
          {t('exportPack')}
        </button>
        <button type="button" onClick={verify} data-testid="verify-case">
          {t('verify')}
        </button>
        {onGuide ? (
          <button type="button" onClick={() => onGuide(item.id)} data-testid="guide-case">
            {t('guide')}
          </button>
        ) : null}
      </div>
      <details className="small" onToggle={prepareExport}>
        <summary>{t('sharingCopies')}</summary>
        <ExportOptions caseId={item.id} value={options} onChange={setOptions} testIdPrefix="popup-" />
      </details>
      {note ? (
        <p className={note.bad ? 'bad' : 'muted'} role="status" data-testid="export-note">
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
      <VerifyResult report={report} />
    </li>
  );
}
