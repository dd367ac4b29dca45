import type { BuyerScenario, Scenario } from '../ids';
import type {
  Confidence,
  DeadlineFrom,
  DeadlineInput,
  DeadlineUnit,
  DeadlineWho,
  LocalizedText,
  Markets,
  Requires,
  RulesEntryInput,
  StepEvidence,
} from '../schema';

/** The day the entries were checked against the research notes (docs: shared/reference/dispute-rules.md). */
export const CHECKED = '2026-11-23';

/** A source known only through the research notes' summary of it, as of CHECKED. */
export const NOTES = { on: CHECKED, against: 'research-notes' } as const;

/** A source whose number was compared with a stored copy of the page or rule text on that day. */
export function copyChecked(on: string) {
  return { on, against: 'stored-copy' } as const;
}

/** The review (shared/reviews/guidance-review.md) compared these numbers with stored copies of the pages. */
export const REVIEWED = copyChecked('2026-11-27');

export function tx(zh: string, en: string, zhTW?: string): LocalizedText {
  return zhTW ? { zh, en, zhTW } : { zh, en };
}

interface PublishedOptions {
  sources: string[];
  fromStep?: string;
  type?: 'deadline' | 'waiting-period';
  market?: Markets;
  condition?: LocalizedText;
  requires?: Requires;
  note?: LocalizedText;
  confidence?: Confidence;
}

export function published(
  amount: number,
  unit: DeadlineUnit,
  from: DeadlineFrom,
  who: DeadlineWho,
  meaning: LocalizedText,
  opts: PublishedOptions,
): DeadlineInput {
  return { kind: 'published', amount, unit, from, who, meaning, ...opts };
}

export function nonePublished(note: LocalizedText, sources: string[] = [], market?: Markets): DeadlineInput {
  return market ? { kind: 'none-published', note, sources, market } : { kind: 'none-published', note, sources };
}

/** One entry per scenario from a shared step list, when the platform's flow is the same for each. */
export function forScenarios<S extends Scenario>(
  scenarios: readonly S[],
  build: (scenario: S) => RulesEntryInput,
): RulesEntryInput[] {
  return scenarios.map(build);
}

export type EvidenceInput = Omit<StepEvidence, 'optional'> & { optional?: boolean };

const need = (n: StepEvidence['need'], optional = false): EvidenceInput => ({ need: n, optional });

/** What a buyer usually needs to show for each scenario; data files add what a platform asks for. */
export function buyerEvidence(scenario: BuyerScenario): EvidenceInput[] {
  switch (scenario) {
    case 'not-received':
      return [need('order-data'), need('tracking'), need('chat', true)];
    case 'not-as-described':
      return [need('order-data'), need('photos'), need('listing'), need('video', true), need('chat', true)];
    case 'damaged':
      return [need('order-data'), need('photos'), need('video', true), need('chat', true)];
    case 'counterfeit':
      return [need('order-data'), need('photos'), need('listing'), need('inspection-report', true), need('chat', true)];
    case 'wrong-item':
      return [need('order-data'), need('photos'), need('listing'), need('chat', true)];
    case 'return-not-refunded':
      return [need('order-data'), need('return-tracking'), need('chat', true)];
    case 'listing-changed':
      return [need('order-data'), need('listing'), need('chat', true)];
    case 'seller-not-answering':
      return [need('order-data'), need('chat')];
    case 'change-of-mind':
      return [need('order-data')];
  }
}

/** A need list from names; names ending in `?` are optional. */
export function needs(...names: `${StepEvidence['need']}${'' | '?'}`[]): EvidenceInput[] {
  return names.map((n) =>
    n.endsWith('?') ? need(n.slice(0, -1) as StepEvidence['need'], true) : need(n as StepEvidence['need']),
  );
}
