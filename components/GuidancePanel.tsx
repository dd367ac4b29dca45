import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '../utils/db/database';
import { caseEvidence, editCase, markStepDone } from '../utils/db/store';
import { t, type MessageKey } from '../utils/i18n';
import { ruleById, ruleFor, scenariosFor, type Scenario } from '../utils/rules';
import { computeDeadlines, currentStep, missingStarts, nextDeadline } from '../utils/rules/deadlines';
import { checkEvidence } from '../utils/rules/evidence-check';
import { localize } from '../utils/rules/owners';
import { scenarioLabels } from '../utils/rules/scenarios';
import type { Case } from '../utils/schemas/records';
import { countdown, ruleLanguage, todayIso } from '../utils/ui/guidance-view';
import { useNow } from '../utils/ui/use-now';
import { ComplaintDraft } from './ComplaintDraft';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function StartGuide({ item }: { item: Case }) {
  const lang = ruleLanguage();
  const [role, setRole] = useState(item.role);
  const scenarios = scenariosFor(item.platform, role);
  const [scenario, setScenario] = useState<Scenario | ''>('');
  if (scenariosFor(item.platform, 'buyer').length + scenariosFor(item.platform, 'seller').length === 0) {
    return <p className="muted">{t('noRulesForPlatform')}</p>;
  }
  const start = () => {
    const rules = scenario ? ruleFor(item.platform, role, scenario) : undefined;
    if (rules) void editCase(getDb(), item.id, { role, guidance: { rulesId: rules.id, stepsDone: {} } });
  };
  return (
    <div className="guide-start">
      <label>
        {t('roleLabel')}{' '}
        <select value={role} onChange={(e) => setRole(e.target.value as Case['role'])}>
          <option value="buyer">{t('roleBuyer')}</option>
          <option value="seller">{t('roleSeller')}</option>
        </select>
      </label>
      <label>
        {t('scenarioLabel')}{' '}
        <select value={scenario} onChange={(e) => setScenario(e.target.value as Scenario)} data-testid="scenario">
          <option value="">—</option>
          {scenarios.map((s) => (
            <option key={s} value={s}>
              {localize(scenarioLabels[s], lang)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" disabled={!scenario} onClick={start} data-testid="start-guide">
        {t('startGuide')}
      </button>
    </div>
  );
}

/** A case's dispute process: steps as a checklist, the next deadline, and what evidence the step still lacks. */
export function GuidancePanel({ item }: { item: Case }) {
  const db = getDb();
  const lang = ruleLanguage();
  const evidence = useLiveQuery(() => caseEvidence(db, item.id), [item.id]);
  const now = useNow();
  const rules = item.guidance ? ruleById(item.guidance.rulesId) : undefined;
  if (!item.guidance || !rules) {
    return (
      <section className="guidance" aria-label={t('guideHeading')} data-testid="guidance">
        <h3>{t('guideHeading')}</h3>
        <StartGuide item={item} />
      </section>
    );
  }
  const done = item.guidance.stepsDone;
  const current = currentStep(rules, done);
  const deadlines = computeDeadlines(rules, item.dates, done, { timeZone });
  const next = nextDeadline(rules, item.dates, done, { timeZone, now: new Date(now), types: ['deadline'] });
  const waiting = current ? deadlines.filter((d) => d.stepId === current.id && d.type === 'waiting-period' && d.status === 'known' && d.due && Date.parse(d.due) > now) : [];
  const missing = missingStarts(deadlines.filter((d) => d.stepId === current?.id));
  const left = next?.due ? countdown(next.due, now) : undefined;
  const items = (evidence ?? []).filter((e) => !e.deletedAt).map((e) => ({ kind: e.kind, title: e.title }));
  const check = current ? checkEvidence(current.evidence, items) : undefined;
  const order = evidence?.find((e) => e.order && !e.deletedAt)?.order;
  const source = rules.sources.find((s) => s.url) ?? rules.sources[0];

  return (
    <section className="guidance" aria-label={t('guideHeading')} data-testid="guidance">
      <h3>
        {t('guideHeading')}: {localize(rules.title, lang)}
      </h3>
      {next?.due ? (
        <p className="next-deadline" data-testid="next-deadline">
          <strong>{t('nextDeadline')}:</strong> {next.dueLocal} ({timeZone}) · {localize(next.meaning, lang)}
          {left ? ` · ${t('timeLeft', left.days, left.hours)}` : ''}
        </p>
      ) : null}
      {waiting.map((w) => (
        <p key={`${w.stepId}-${w.index}`} className="muted">
          {t('waitUntil', w.dueLocal ?? '')} · {localize(w.meaning, lang)}
        </p>
      ))}
      {missing.dates.length ? (
        <div className="warn" data-testid="missing-date">
          {t('enterDateFor', missing.dates.map((d) => t(`date_${d}` as MessageKey)).join(', '))}
          {missing.dates.map((d) => (
            <label key={d} className="inline-date">
              {t(`date_${d}` as MessageKey)}{' '}
              <input type="date" onChange={(e) => e.target.value && void editCase(db, item.id, { dates: { [d]: e.target.value } })} data-testid={`guide-date-${d}`} />
            </label>
          ))}
        </div>
      ) : null}
      {deadlines.some((d) => d.stepId === current?.id && d.status === 'none-published') ? <p className="muted">{t('noPublishedDeadline')}</p> : null}
      <ol className="steps" data-testid="steps">
        {rules.steps.map((step) => {
          const doneOn = done[step.id];
          const isCurrent = step.id === current?.id;
          return (
            <li key={step.id} aria-current={isCurrent ? 'step' : undefined} className={isCurrent ? 'current' : doneOn ? 'done' : ''}>
              <label>
                <input
                  type="checkbox"
                  checked={Boolean(doneOn)}
                  onChange={(e) => void markStepDone(db, item.id, step.id, e.target.checked ? todayIso() : undefined)}
                  data-testid={`step-done-${step.id}`}
                />{' '}
                <strong>{localize(step.title, lang)}</strong>
              </label>
              {doneOn ? <span className="muted"> · {t('doneOn', doneOn)}</span> : null}
              {isCurrent ? <div className="muted">{localize(step.where, lang)}</div> : null}
              {isCurrent && step.url ? (
                <a href={step.url} target="_blank" rel="noreferrer">
                  {t('openPlatformPage')}
                </a>
              ) : null}
            </li>
          );
        })}
      </ol>
      {current && check ? (
        <div className="evidence-check" data-testid="evidence-check">
          <strong>{t('stepEvidence')}</strong>
          <ul>
            {check.met.map((n) => (
              <li key={n.need} className="good">
                ✓ {t(`need_${n.need.replaceAll('-', '_')}` as MessageKey)}
              </li>
            ))}
            {check.missing.map((n) => (
              <li key={n.need} className="bad" data-testid="missing-evidence">
                ✗ {t(`need_${n.need.replaceAll('-', '_')}` as MessageKey)} · {t('missing')}
              </li>
            ))}
            {check.optionalMissing.map((n) => (
              <li key={n.need} className="muted">
                ○ {t(`need_${n.need.replaceAll('-', '_')}` as MessageKey)} · {t('optional')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {current?.writtenComplaint ? <ComplaintDraft rules={rules} stepId={current.id} item={item} order={order} evidence={evidence ?? []} /> : null}
      <p className="muted rules-note">
        {t('rulesChange', rules.checked)}{' '}
        {source?.url ? (
          <a href={source.url} target="_blank" rel="noreferrer">
            {source.citation}
          </a>
        ) : (
          source?.citation
        )}
        {rules.confidence.note ? ` · ${localize(rules.confidence.note, lang)}` : ''}
      </p>
      <button type="button" onClick={() => void editCase(db, item.id, { guidance: undefined })}>
        {t('changeScenario')}
      </button>
    </section>
  );
}
