import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '../utils/db/database';
import { GENERIC_UPLOAD } from '../utils/export/fit';
import { verifyCase, type VerifyReport } from '../utils/export/verify';
import { t } from '../utils/i18n';
import { sendRuntime } from '../utils/messaging';
import { backgroundRequests } from '../utils/schemas/messages';
import type { Case } from '../utils/schemas/records';

export function CaseRow({ item, onGuide }: { item: Case; onGuide?: (caseId: string) => void }) {
  const count = useLiveQuery(() => getDb().evidence.where('caseId').equals(item.id).filter((e) => !e.deletedAt).count(), [item.id]);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; bad?: boolean } | undefined>();
  const [report, setReport] = useState<VerifyReport | undefined>();
  const [masked, setMasked] = useState(false);
  const [fitted, setFitted] = useState(false);

  const exportPack = () => {
    setBusy(true);
    setNote({ text: t('exporting') });
    const choice = masked || fitted ? { choice: { masked, ...(fitted ? { fitTo: GENERIC_UPLOAD } : {}) } } : {};
    sendRuntime(backgroundRequests, { type: 'export.case', caseId: item.id, ...choice })
      .then((r) => setNote({ text: t('exported', r.filename) }), (err: unknown) => setNote({ text: t('exportFailed', err instanceof Error ? err.message : String(err)), bad: true }))
      .finally(() => setBusy(false));
  };
  const verify = () => {
    void verifyCase(getDb(), item.id).then(setReport);
  };

  return (
    <li style={{ border: '1px solid var(--line)', borderRadius: 8, padding: 8 }} data-testid="case-row" data-case-id={item.id}>
      <div style={{ fontWeight: 600 }}>{item.title}</div>
      <div className="muted" style={{ fontSize: 12 }}>
        {item.platform} · {item.role === 'buyer' ? t('roleBuyer') : t('roleSeller')} · {t('evidenceCount', count ?? 0)} ·{' '}
        {new Date(item.updatedAt).toLocaleString()}
      </div>
      <div style={{ display: 'flex', gap: 6, marginTop: 6 }}>
        <button type="button" onClick={exportPack} disabled={busy} data-testid="export-case">
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
      <details style={{ fontSize: 12, marginTop: 4 }}>
        <summary>{t('sharingCopies')}</summary>
        <label title={t('maskPersonalDataHint')}>
          <input type="checkbox" checked={masked} onChange={(e) => setMasked(e.target.checked)} data-testid="popup-export-masked" /> {t('maskPersonalData')}
        </label>{' '}
        <label title={t('fitUploadHint')}>
          <input type="checkbox" checked={fitted} onChange={(e) => setFitted(e.target.checked)} data-testid="popup-export-fitted" /> {t('fitUpload')}
        </label>
      </details>
      {note ? <p className={note.bad ? 'bad' : 'muted'} role="status" data-testid="export-note">{note.text}</p> : null}
      {report ? (
        report.ok ? (
          <p className="good" data-testid="verify-ok">{t('verifyOk', report.filesChecked, report.entriesChecked)}</p>
        ) : (
          <div className="bad" data-testid="verify-problems">
            {t('verifyFailed')}
            <ul>{report.problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
        )
      ) : null}
    </li>
  );
}
