import { getDb } from '../../utils/db/database';
import { editCase } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import { computeDeadlines } from '../../utils/rules/deadlines';
import { FACTS, factOptionLabel } from '../../utils/rules/facts';
import { localize, ownerNames } from '../../utils/rules/owners';
import type { RouteOffer } from '../../utils/rules/routes';
import { caseContext } from '../../utils/rules/case-context';
import type { Case } from '../../utils/schemas/records';
import { ruleLanguage, zonedDue } from '../../utils/guidance-view';

/** Following a route makes it the case's guide; a route that names one answer (paid with PayPal) records it. */
function follow(item: Case, route: RouteOffer): void {
  const implied = Object.fromEntries(
    route.entry.requires.filter((r) => r.is.length === 1 && !item.facts?.[r.fact]).map((r) => [r.fact, r.is[0]!]),
  );
  void editCase(getDb(), item.id, {
    role: route.entry.role,
    guidance: { rulesId: route.entry.id, stepsDone: {} },
    ...(Object.keys(implied).length ? { facts: { ...item.facts, ...implied } } : {}),
  });
}

/** The routes outside the platform: each with why it is offered, its first deadline for this case, and a way to follow it. */
export function GuideRoutes({
  item,
  routes,
  heading,
  timeZone,
}: {
  item: Case;
  routes: RouteOffer[];
  heading: string;
  timeZone: string;
}) {
  const lang = ruleLanguage();
  // Only routes that are surely the user's: the rest wait for the market or the answers asked above.
  const sure = routes.filter((r) => r.applies === 'yes');
  if (!sure.length) return null;
  return (
    <div className="guide-routes" data-testid="guide-routes">
      <strong>{heading}</strong>
      <ul style={{ paddingLeft: 16, margin: '4px 0' }}>
        {sure.map((r) => {
          const first = r.entry.steps[0]!;
          const deadlines = computeDeadlines(r.entry, item.dates, {}, { timeZone, ...caseContext(item) }).filter(
            (d) => d.stepId === first.id && d.applies === 'yes',
          );
          const ifText = r.open.map(
            (q) =>
              `${localize(FACTS[q.fact].question, lang)} ${q.is.map((v) => localize(factOptionLabel(q.fact, v) ?? { zh: v, en: v }, lang)).join(' / ')}`,
          );
          return (
            <li key={r.entry.id} data-testid={`route-${r.entry.id}`} data-applies={r.applies}>
              <strong>{localize(ownerNames[r.entry.owner], lang)}</strong>
              {lang === 'en' ? ': ' : '：'}
              {localize(r.entry.title, lang)}
              {r.when ? <div className="muted">{localize(r.when, lang)}</div> : null}
              {ifText.length ? <div className="muted">{t('guideRouteIf', ifText.join('; '))}</div> : null}
              <div className="muted">
                {t('guideRouteSteps', r.entry.steps.map((s) => localize(s.title, lang)).join(' → '))}
              </div>
              {deadlines.map((d) => (
                <div key={d.index} className={d.status === 'known' ? '' : 'muted'}>
                  {d.status === 'known'
                    ? `${t(
                        'guideDue',
                        zonedDue(d, timeZone, (time, zone) => t('guideYourTime', time, zone)),
                      )} · `
                    : ''}
                  {localize(d.meaning, lang)}
                </div>
              ))}
              <button type="button" onClick={() => follow(item, r)} data-testid={`follow-${r.entry.id}`}>
                {t('guideRouteFollow')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
