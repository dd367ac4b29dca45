import type { ComputedDeadline } from '../rules/deadlines';
import { marketName } from '../rules/markets';
import { localize, ownerNames, type TextLanguage } from '../rules/owners';
import type { RulesEntry, RuleStep } from '../rules/schema';

export interface ReminderWords {
  /** "$1 ($2): $3 — due $4" in the UI language. */
  body: (owner: string, market: string, what: string, due: string) => string;
  /** "Counts for: $1" in the UI language. */
  counts: (condition: string) => string;
  anyMarket: string;
}

/**
 * A reminder names whose rule it is, for which market, what is due and when, and the condition it
 * counts for, so a user can see at a glance that it is theirs.
 */
export function reminderMessage(
  rules: RulesEntry,
  step: RuleStep,
  d: ComputedDeadline,
  market: string | undefined,
  lang: TextLanguage,
  words: ReminderWords,
): string {
  const where = market ? marketName(market, lang) : words.anyMarket;
  const what = `${localize(step.title, lang)} · ${localize(d.meaning, lang)}`;
  const body = words.body(localize(ownerNames[rules.owner], lang), where, what, d.dueLocal ?? '');
  return d.condition ? `${body} · ${words.counts(localize(d.condition, lang))}` : body;
}
