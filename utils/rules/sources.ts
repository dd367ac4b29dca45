import type { RuleSource, RulesEntry } from './schema';

/** The oldest check among an entry's sources: the date the whole entry can be said to be checked by. */
export function oldestCheck(rules: Pick<RulesEntry, 'sources'>): string {
  return rules.sources.map((s) => s.checked.on).sort()[0] ?? '';
}

/**
 * The source to link for a number: the first of its own that has an address, in the order the data
 * lists them (the platform's page or the law's official text first).
 */
export function linkedSource(sources: readonly RuleSource[]): RuleSource | undefined {
  return sources.find((s) => s.url) ?? sources[0];
}

/** Message key for "checked <date> against …". */
export function checkedKey(s: RuleSource): 'guideCheckedCopy' | 'guideCheckedNotes' | 'guideCheckedLive' {
  return s.checked.against === 'stored-copy'
    ? 'guideCheckedCopy'
    : s.checked.against === 'live-page'
      ? 'guideCheckedLive'
      : 'guideCheckedNotes';
}
