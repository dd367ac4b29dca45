import { useState } from 'react';
import { getDb } from '../../utils/db/database';
import { editCase } from '../../utils/db/store';
import { t, type MessageKey } from '../../utils/i18n';
import { ruleById, rulesFor, type Scenario } from '../../utils/rules';
import { caseContext } from '../../utils/rules/case-context';
import {
  computeDeadlines,
  currentStep,
  entryApplies,
  missingStarts,
  nextDeadline,
  type ComputedDeadline,
} from '../../utils/rules/deadlines';
import { checkEvidence } from '../../utils/rules/evidence-check';
import type { FactId } from '../../utils/rules/facts';
import { marketFromUrls, marketName } from '../../utils/rules/markets';
import { oldestCheck } from '../../utils/rules/sources';
import { localize, ownerNames } from '../../utils/rules/owners';
import { routesFor, type RouteOffer } from '../../utils/rules/routes';
import { scenarioLabels } from '../../utils/rules/scenarios';
import type { RulesEntry } from '../../utils/rules/schema';
import type { Case, Evidence } from '../../utils/schemas/records';
import { countdown, ruleLanguage, zonedDue } from '../../utils/guidance-view';
import { useNow } from '../../hooks/use-now';
import { useCaseItems } from '../../hooks/use-case-items';
import { ComplaintDraft } from './ComplaintDraft';
import { GuideFacts } from './GuideFacts';
import { GuideMarket } from './GuideMarket';
import { GuideRoutes } from './GuideRoutes';
import { GuideTimeline } from './GuideTimeline';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** "Taobao / Tmall after-sales", not "Taobao / Tmall · Taobao / Tmall after-sales": the owner once. */
function guideTitle(rules: RulesEntry, lang: ReturnType<typeof ruleLanguage>): string {
  const owner = localize(ownerNames[rules.owner], lang);
  const title = localize(rules.title, lang);
  return title.includes(owner) ? title : `${owner} · ${title}`;
}

/** The facts a set of deadlines and routes still waits for, in a stable order. */
function openFacts(
  deadlines: readonly ComputedDeadline[],
  routes: readonly RouteOffer[],
  answered: Record<string, string>,
): FactId[] {
  const ids = new Set<FactId>();
  for (const d of deadlines) if (d.requires) ids.add(d.requires.fact);
  for (const r of routes) for (const q of r.open) ids.add(q.fact);
  // Questions stay listed once answered, so an answer can be changed.
  for (const id of Object.keys(answered))
    if (
      deadlines.some((d) => d.requires?.fact === id) ||
      routes.some((r) => r.entry.requires.some((q) => q.fact === id))
    )
      ids.add(id as FactId);
  return [...ids];
}

function StartGuide({ item, detected }: { item: Case; detected: string | undefined }) {
  const lang = ruleLanguage();
  const [role, setRole] = useState(item.role);
  const [scenario, setScenario] = useState<Scenario | ''>('');
  const ctx = caseContext({ market: item.market ?? detected, facts: item.facts });
  const entries = rulesFor(item.platform, role).filter((r) => entryApplies(r, ctx) !== 'no');
  const scenarios = [...new Set(entries.map((r) => r.scenario))];
  const hasAny = rulesFor(item.platform).length > 0;
  const routes = routesFor(role, ctx, undefined, scenario || undefined);
  const start = () => {
    const rules = entries.find((r) => r.scenario === scenario);
    if (rules)
      void editCase(getDb(), item.id, {
        role,
        guidance: { rulesId: rules.id, stepsDone: {} },
        ...(!item.market && detected ? { market: detected } : {}),
      });
  };
  const roleSelect = (
    <label>
      {t('roleLabel')}{' '}
      <select value={role} onChange={(e) => setRole(e.target.value as Case['role'])} data-testid="guide-role">
        <option value="buyer">{t('roleBuyer')}</option>
        <option value="seller">{t('roleSeller')}</option>
      </select>
    </label>
  );
  if (!scenarios.length) {
    const heading =
      hasAny && ctx.market ? t('guideNoRulesForMarket', marketName(ctx.market, lang)) : t('guideRoutesUnknownSite');
    return (
      <div className="guide-start">
        {roleSelect}
        <GuideFacts item={item} facts={openFacts([], routes, item.facts ?? {})} />
        <GuideRoutes item={item} routes={routes} heading={heading} timeZone={timeZone} />
      </div>
    );
  }
  return (
    <div className="guide-start">
      {roleSelect}
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

function Guide({
  item,
  rules,
  evidence,
  detected,
}: {
  item: Case;
  rules: RulesEntry;
  evidence: Evidence[];
  detected: string | undefined;
}) {
  const db = getDb();
  const lang = ruleLanguage();
  const now = useNow();
  const done = item.guidance?.stepsDone ?? {};
  const ctx = caseContext(item);
  const current = currentStep(rules, done);
  const deadlines = computeDeadlines(rules, item.dates, done, { timeZone, ...ctx });
  const next = nextDeadline(rules, item.dates, done, { timeZone, ...ctx, now: new Date(now), types: ['deadline'] });
  const left = next?.due ? countdown(next.due, now) : undefined;
  const missing = missingStarts(deadlines.filter((d) => !done[d.stepId]));
  const items = evidence.filter((e) => !e.deletedAt).map((e) => ({ kind: e.kind, title: e.title }));
  const check = current ? checkEvidence(current.evidence, items) : undefined;
  const order = evidence.find((e) => e.order && !e.deletedAt)?.order;
  const routes = routesFor(rules.role, ctx, rules);
  const facts = openFacts(deadlines, routes, item.facts ?? {});
  // "Probably too late": one of the user's own limits in an open step has passed, and none of theirs is still ahead.
  const mine = deadlines.filter(
    (d) =>
      !done[d.stepId] &&
      d.applies === 'yes' &&
      d.status === 'known' &&
      d.who === 'you' &&
      d.type === 'deadline' &&
      d.due,
  );
  const passed = mine.filter((d) => Date.parse(d.due!) < now);
  const tooLate = rules.ownerKind === 'platform' && passed.length > 0 && !mine.some((d) => Date.parse(d.due!) >= now);

  return (
    <>
      <h3>
        {t('guideHeading')}
        {lang === 'en' ? ': ' : '：'}
        {guideTitle(rules, lang)}
      </h3>
      <GuideMarket item={item} detected={detected} />
      <GuideFacts item={item} facts={facts} />
      {next?.due ? (
        <p className="next-deadline" data-testid="next-deadline">
          <strong>{t('nextDeadline')}:</strong>{' '}
          {zonedDue(next, timeZone, (time, zone) => t('guideYourTime', time, zone))} · {localize(next.meaning, lang)}
          {next.condition ? ` · ${t('guideCondition', localize(next.condition, lang))}` : ''}
          {left ? ` · ${t('timeLeft', left.days, left.hours)}` : ''}
        </p>
      ) : null}
      {tooLate ? (
        <div className="warn" data-testid="too-late">
          {t('guideTooLate', passed.map((d) => (d.dueInZone ?? d.dueLocal)?.slice(0, 10)).join(', '))}
        </div>
      ) : null}
      {missing.dates.length ? (
        <div className="warn" data-testid="missing-date">
          {t('enterDateFor', missing.dates.map((d) => t(`date_${d}` as MessageKey)).join(lang === 'en' ? ', ' : '、'))}
          {missing.dates.map((d) => (
            <label key={d} className="inline-date">
              {t(`date_${d}` as MessageKey)}{' '}
              <input
                type="date"
                onChange={(e) => e.target.value && void editCase(db, item.id, { dates: { [d]: e.target.value } })}
                data-testid={`guide-date-${d}`}
              />
            </label>
          ))}
        </div>
      ) : null}
      <GuideTimeline
        item={item}
        rules={rules}
        deadlines={deadlines}
        currentId={current?.id}
        now={now}
        timeZone={timeZone}
      />
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
      {current?.writtenComplaint ? (
        <ComplaintDraft rules={rules} stepId={current.id} item={item} order={order} evidence={evidence} />
      ) : null}
      {rules.notes.length ? (
        <details data-testid="guide-notes" open={rules.notes.length <= 2}>
          <summary>{t('guideNotes')}</summary>
          <ul style={{ paddingLeft: 16, margin: '4px 0' }}>
            {rules.notes.map((n, i) => (
              <li key={i}>{localize(n, lang)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <GuideRoutes item={item} routes={routes} heading={t('guideRoutes')} timeZone={timeZone} />
      <p className="muted rules-note">
        {t('rulesChange', oldestCheck(rules))} {rules.sources.map((s) => s.citation).join('; ')}
        {rules.confidence.note ? ` · ${localize(rules.confidence.note, lang)}` : ''}
      </p>
      <button
        type="button"
        onClick={() => void editCase(db, item.id, { guidance: undefined })}
        data-testid="change-scenario"
      >
        {t('changeScenario')}
      </button>
    </>
  );
}

function Panel({ item }: { item: Case }) {
  const evidence = useCaseItems(item.id);
  const detected = marketFromUrls((evidence ?? []).map((e) => e.sourceUrl));
  const rules = item.guidance ? ruleById(item.guidance.rulesId) : undefined;
  return (
    <section className="guidance" aria-label={t('guideHeading')} data-testid="guidance">
      {rules ? (
        evidence ? (
          <Guide item={item} rules={rules} evidence={evidence} detected={detected} />
        ) : null
      ) : (
        <>
          <h3>{t('guideHeading')}</h3>
          {evidence ? <GuideMarket item={item} detected={detected} /> : null}
          {evidence ? <StartGuide item={item} detected={detected} /> : null}
        </>
      )}
    </section>
  );
}

/**
 * A case's dispute process: its market and facts, every step with its deadlines, and the routes
 * beyond the platform. Keyed by case so no half-filled form or open draft carries over to another case.
 */
export function GuidancePanel({ item }: { item: Case }) {
  return <Panel key={item.id} item={item} />;
}
