import { useState } from 'react';
import { t } from '../../utils/i18n';
import { draftComplaint, type DraftLanguage } from '../../utils/rules/drafts';
import type { RulesEntry } from '../../utils/rules/schema';
import type { Order } from '../../utils/schemas/order';
import type { Case, Evidence } from '../../utils/schemas/records';
import { ruleLanguage } from '../../utils/guidance-view';

/** A calm, factual complaint filled from the case, in the language the user picks for its recipient, ready to copy. */
export function ComplaintDraft({
  rules,
  stepId,
  item,
  order,
  evidence,
}: {
  rules: RulesEntry;
  stepId: string;
  item: Case;
  order?: Order;
  evidence: Evidence[];
}) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  // The draft is written for its recipient, whose language need not be the UI's.
  const [lang, setLang] = useState<DraftLanguage>(ruleLanguage() === 'en' ? 'en' : 'zh-CN');
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="draft-open">
        {t('draftComplaint')}
      </button>
    );
  }
  const draft = draftComplaint({
    lang,
    rules,
    stepId,
    order: order ?? (item.orderRef ? { orderId: item.orderRef } : {}),
    caseDates: item.dates,
    stepsDone: item.guidance?.stepsDone ?? {},
    evidence: evidence
      .filter((e) => !e.deletedAt)
      .map((e) => ({ kind: e.kind, title: e.title, capturedAt: new Date(e.capturedAt).toISOString().slice(0, 10) })),
  });
  const text = `${draft.subject}\n\n${draft.body}`;
  return (
    <div className="draft">
      <label>
        {t('guideDraftLanguage')}{' '}
        <select
          value={lang}
          onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'zh-CN')}
          data-testid="draft-lang"
        >
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </label>
      <textarea readOnly value={text} rows={10} data-testid="draft-text" aria-label={t('draftComplaint')} />
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('copied') : t('copy')}
      </button>
    </div>
  );
}
