import { useState } from 'react';
import { t } from '../../utils/i18n';
import { draftComplaint, draftLanguageFor, type DraftLanguage } from '../../utils/rules/drafts';
import { ownerIdSchema } from '../../utils/rules/ids';
import { localize, ownerNames } from '../../utils/rules/owners';
import type { RulesEntry } from '../../utils/rules/schema';
import type { Order } from '../../utils/schemas/order';
import type { Case, Evidence } from '../../utils/schemas/records';

const LANGS: { value: DraftLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'zh-CN', label: '简体中文' },
  { value: 'zh-TW', label: '繁體中文' },
];

/** The shop's web address, from the pages captured for the case. */
function siteOf(evidence: Evidence[]): string | undefined {
  for (const e of evidence) {
    if (!e.sourceUrl) continue;
    try {
      const host = new URL(e.sourceUrl).hostname;
      if (host) return host;
    } catch {
      // A note or an uploaded file has no page address.
    }
  }
  return undefined;
}

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
  // The draft is written for its recipient, whose language need not be the UI's: an override, defaulting to theirs.
  const [picked, setPicked] = useState<DraftLanguage | undefined>();
  const lang = picked ?? draftLanguageFor(rules, stepId, item.market);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="draft-open">
        {t('draftComplaint')}
      </button>
    );
  }
  const owner = ownerIdSchema.safeParse(item.platform);
  const live = evidence.filter((e) => !e.deletedAt);
  const site = siteOf(live);
  const marketplace = owner.success ? localize(ownerNames[owner.data], lang) : site;
  const draft = draftComplaint({
    lang,
    rules,
    stepId,
    ...(marketplace ? { marketplace } : {}),
    ...(site ? { site } : {}),
    order: order ?? (item.orderRef ? { orderId: item.orderRef } : {}),
    caseDates: item.dates,
    stepsDone: item.guidance?.stepsDone ?? {},
    evidence: live.map((e) => ({
      kind: e.kind,
      title: e.title,
      capturedAt: new Date(e.capturedAt).toISOString().slice(0, 10),
    })),
  });
  const text = `${draft.subject}\n\n${draft.body}`;
  return (
    <div className="draft">
      <label>
        {t('guideDraftLanguage')}{' '}
        <select
          value={lang}
          onChange={(e) => setPicked(LANGS.find((l) => l.value === e.target.value)?.value)}
          data-testid="draft-lang"
        >
          {LANGS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
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
