import { useState } from 'react';
import { getDb } from '../../utils/db/database';
import { markStepDone } from '../../utils/db/store';
import { t, type MessageKey } from '../../utils/i18n';
import type { ComputedDeadline } from '../../utils/rules/deadlines';
import { FACTS } from '../../utils/rules/facts';
import { marketName } from '../../utils/rules/markets';
import { localize } from '../../utils/rules/owners';
import { checkedKey } from '../../utils/rules/sources';
import type { RuleStep, RulesEntry } from '../../utils/rules/schema';
import type { Case } from '../../utils/schemas/records';
import { ruleLanguage, todayIso, zonedDue } from '../../utils/guidance-view';

const WHO: Record<NonNullable<ComputedDeadline['who']>, MessageKey> = {
  you: 'guideWhoYou',
  'other-side': 'guideWhoOther',
  platform: 'guideWhoPlatform',
};

/** One deadline in words: its date or what it still needs, whose it is, what it applies to, and its own source. */
function DeadlineLine({
  d,
  rules,
  now,
  timeZone,
}: {
  d: ComputedDeadline;
  rules: RulesEntry;
  now: number;
  timeZone: string;
}) {
  const lang = ruleLanguage();
  const stepTitle = (id: string) => {
    const s = rules.steps.find((x) => x.id === id);
    return s ? localize(s.title, lang) : id;
  };
  const over = d.status === 'known' && d.due !== undefined && Date.parse(d.due) < now;
  // A waiting period that is over is good news, not a missed deadline.
  const passed = over && d.type !== 'waiting-period';
  let when: string;
  // The rule's own clock first (a Chinese limit ends at midnight in China), the user's beside it.
  const at = zonedDue(d, timeZone, (time, zone) => t('guideYourTime', time, zone));
  if (d.status === 'none-published') when = t('guideNoDeadline');
  else if (d.status === 'beyond-calendar') when = t('guideCalendarUnknown', String(d.calendarYear ?? ''));
  else if (d.status === 'known')
    when = passed
      ? t('guidePassed', at)
      : d.type === 'waiting-period'
        ? `${t('waitUntil', at)}${over ? ' ✓' : ''}`
        : t('guideDue', at);
  else if (d.missingStep) when = t('guideNeedsStep', stepTitle(d.missingStep));
  else when = t('guideNeedsDate', d.missingDate ? t(`date_${d.missingDate}` as MessageKey) : '');
  const source = d.sources.find((s) => s.url) ?? d.sources[0];
  const conf =
    d.confidence === 'secondary'
      ? t('guideConfSecondary')
      : d.confidence === 'sources-disagree'
        ? t('guideConfDisagree')
        : undefined;
  const cls = d.applies !== 'yes' ? 'muted' : passed ? 'bad' : d.who === 'you' && d.status === 'known' ? 'good' : '';
  return (
    <li className={cls} data-testid="deadline" data-applies={d.applies} data-passed={passed ? 'true' : 'false'}>
      <strong>{when}</strong> · {localize(d.meaning, lang)}
      {d.who && d.status !== 'none-published' ? ` · ${t('guideWhoLabel', t(WHO[d.who]))}` : ''}
      {d.applies === 'needs-market' && d.markets ? (
        <div className="warn">{t('guideNeedsMarket', d.markets.map((m) => marketName(m, lang)).join(', '))}</div>
      ) : null}
      {d.condition && d.applies === 'needs-fact' ? (
        <div className="warn" data-testid="deadline-condition">
          {t(
            'guideNeedsFact',
            `${localize(d.condition, lang)}${d.requires ? ` — ${localize(FACTS[d.requires.fact].question, lang)}` : ''}`,
          )}
        </div>
      ) : null}
      {d.condition && d.applies === 'yes' ? (
        <div className="muted">{t('guideCondition', localize(d.condition, lang))}</div>
      ) : null}
      {d.note ? <div className="muted">{localize(d.note, lang)}</div> : null}
      {source ? (
        <div className="muted" style={{ fontSize: 12 }}>
          {t('guideSource')}:{' '}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.citation}
            </a>
          ) : (
            source.citation
          )}
          {!source.url && source.noUrl ? ` (${localize(source.noUrl, lang)})` : ''}
          {source.published ? ` · ${t('guideSourceDated', source.published)}` : ''}
          {` · ${t(checkedKey(source), source.checked.on)}`}
          {conf ? ` · ${conf}` : ''}
        </div>
      ) : null}
    </li>
  );
}

/** Marking a step done asks for the day it was really done: deadlines that count from it use that day. */
function StepDone({ item, step }: { item: Case; step: RuleStep }) {
  const lang = ruleLanguage();
  const doneOn = item.guidance?.stepsDone[step.id];
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(doneOn?.slice(0, 10) ?? todayIso());
  const db = getDb();
  if (!open) {
    return (
      <label>
        <input
          type="checkbox"
          checked={Boolean(doneOn)}
          onChange={() => setOpen(true)}
          data-testid={`step-done-${step.id}`}
        />{' '}
        <strong>{localize(step.title, lang)}</strong>
        {doneOn ? <span className="muted"> · {t('doneOn', doneOn)}</span> : null}
      </label>
    );
  }
  return (
    <div className="warn" data-testid={`step-date-form-${step.id}`}>
      <strong>{localize(step.title, lang)}</strong>
      <div className="muted">{t('guideWhichDate', step.when ? localize(step.when, lang) : t('guideDefaultDate'))}</div>
      <label>
        {t('guideDoneDate')}{' '}
        <input
          type="date"
          value={date}
          max={todayIso()}
          onChange={(e) => setDate(e.target.value)}
          data-testid={`step-date-${step.id}`}
        />
      </label>{' '}
      <button
        type="button"
        className="primary"
        disabled={!date}
        onClick={() => void markStepDone(db, item.id, step.id, date).then(() => setOpen(false))}
        data-testid={`step-save-${step.id}`}
      >
        {t('guideSave')}
      </button>{' '}
      {doneOn ? (
        <button
          type="button"
          onClick={() => void markStepDone(db, item.id, step.id, undefined).then(() => setOpen(false))}
          data-testid={`step-undo-${step.id}`}
        >
          {t('guideUndo')}
        </button>
      ) : null}{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {t('guideCancel')}
      </button>
    </div>
  );
}

/** Every step with every deadline that may be this case's, the current one highlighted. */
export function GuideTimeline({
  item,
  rules,
  deadlines,
  currentId,
  now,
  timeZone,
}: {
  item: Case;
  rules: RulesEntry;
  deadlines: ComputedDeadline[];
  currentId: string | undefined;
  now: number;
  timeZone: string;
}) {
  const lang = ruleLanguage();
  return (
    <ol className="steps" data-testid="steps" aria-label={t('guideTimeline')}>
      {rules.steps.map((step) => {
        const isCurrent = step.id === currentId;
        const doneOn = item.guidance?.stepsDone[step.id];
        const own = deadlines.filter((d) => d.stepId === step.id);
        return (
          <li
            key={step.id}
            aria-current={isCurrent ? 'step' : undefined}
            className={isCurrent ? 'current' : doneOn ? 'done' : ''}
          >
            <StepDone item={item} step={step} />
            <div className="muted" style={{ fontWeight: 'normal' }}>
              {localize(step.where, lang)}
              {step.url ? (
                <>
                  {' · '}
                  <a href={step.url} target="_blank" rel="noreferrer">
                    {t('openPlatformPage')}
                  </a>
                </>
              ) : null}
            </div>
            {step.when ? (
              <div className="muted" style={{ fontWeight: 'normal' }}>
                {localize(step.when, lang)}
              </div>
            ) : null}
            {own.length ? (
              <ul style={{ fontWeight: 'normal', paddingLeft: 16, margin: '2px 0' }}>
                {own.map((d) => (
                  <DeadlineLine key={`${d.stepId}-${d.index}`} d={d} rules={rules} now={now} timeZone={timeZone} />
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
