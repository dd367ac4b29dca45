import type { Role } from '../marketplaces/types';
import { allRules, ruleById } from './index';
import { applicability, entryApplies, type Applies, type CaseContext } from './deadlines';
import type { LocalizedText, Requires, RulesEntry } from './schema';
import type { Scenario } from './ids';

export interface RouteOffer {
  entry: RulesEntry;
  /** `yes`: the case's answers make it the user's; otherwise it is offered as "if …" until answered. */
  applies: Applies;
  /** Why it is offered, from the platform's escalation list where it names the route. */
  when?: LocalizedText;
  /** The unanswered facts that decide whether it is the user's. */
  open: Requires[];
}

function routeApplies(
  entry: RulesEntry,
  extra: Requires | undefined,
  ctx: CaseContext,
): { applies: Applies | 'no'; open: Requires[] } {
  const market = entryApplies(entry, ctx);
  if (market === 'no') return { applies: 'no', open: [] };
  const open: Requires[] = [];
  for (const r of [...entry.requires, ...(extra ? [extra] : [])]) {
    const a = applicability(undefined, r, ctx);
    if (a === 'no') return { applies: 'no', open: [] };
    if (a === 'needs-fact') open.push(r);
  }
  return { applies: market === 'needs-market' ? 'needs-market' : open.length ? 'needs-fact' : 'yes', open };
}

/**
 * Every route outside the platform this case can take: the payment channel it was paid with, the
 * consumer bodies and regulators of its market, the police where the rules say so. Routes of other
 * markets or for other answers are left out; the platform's own escalation order comes first.
 * A route written for one problem (a card network's representment is for a chargeback) is offered
 * only for that problem: `scenario` is the case's, taken from `current` when there is one.
 */
export function routesFor(
  role: Role,
  ctx: CaseContext,
  current?: RulesEntry,
  scenario: Scenario | undefined = current?.scenario,
): RouteOffer[] {
  const out: RouteOffer[] = [];
  const seen = new Set<string>(current ? [current.id] : []);
  const add = (entry: RulesEntry | undefined, when?: LocalizedText, extra?: Requires) => {
    if (!entry || seen.has(entry.id) || entry.role !== role) return;
    const { applies, open } = routeApplies(entry, extra, ctx);
    if (applies === 'no') return;
    seen.add(entry.id);
    out.push({ entry, applies, open, ...(when ? { when } : {}) });
  };
  for (const e of current?.escalation ?? []) add(ruleById(e.to), e.when, e.requires);
  for (const entry of allRules) {
    if (entry.ownerKind === 'platform') continue;
    if (entry.scenario !== 'general' && entry.scenario !== scenario) continue;
    add(entry);
  }
  // Routes that surely apply first, then those waiting for an answer; channels before regulators within each.
  const rank = (r: RouteOffer) => (r.applies === 'yes' ? 0 : 1) * 2 + (r.entry.ownerKind === 'payment-channel' ? 0 : 1);
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}
