import { z } from 'zod';
import { roleSchema } from '../schemas/records';
import {
  BUYER_SCENARIOS,
  GENERAL_SCENARIO,
  ownerIdSchema,
  ownerKindOf,
  ownerKindSchema,
  scenarioSchema,
  SELLER_SCENARIOS,
} from './ids';
import { FACTS, factIdSchema } from './facts';
import { marketCodeSchema } from './markets';

/** Text in Simplified Chinese (`zh`), English (`en`) and, where written, Traditional Chinese (`zhTW`). */
export const localizedTextSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  zhTW: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * How far to trust a number. `demo` exists only for OrderProof's own demo shop, whose
 * deadlines are made up for the demo and must never be mistaken for a real platform's.
 */
export const confidenceLevelSchema = z.enum(['official', 'secondary', 'sources-disagree', 'demo']);
export type ConfidenceLevel = z.infer<typeof confidenceLevelSchema>;

export const confidenceSchema = z.object({
  level: confidenceLevelSchema,
  note: localizedTextSchema.optional(),
});
export type Confidence = z.infer<typeof confidenceSchema>;

/** Finer than the stored evidence kinds: what a platform actually asks for. */
export const evidenceNeedSchema = z.enum([
  'order-data',
  'tracking',
  /** Tracking of the parcel the buyer sent back. */
  'return-tracking',
  /** The seller's proof of shipping or delivery (method, carrier, proof of delivery). */
  'shipping-proof',
  'photos',
  'video',
  /** Photos or video of the packing that show the tracking number (seller counter-evidence). */
  'packing-video',
  /** Uncut video of opening the parcel a buyer sent back, from the sealed label on: shows a swapped return (掉包). */
  'return-unboxing-video',
  'chat',
  /** A screenshot or snapshot of the listing as it was (or of a lower price). */
  'listing',
  /** SGS/TÜV/BV inspection, CMA/CNAS test report, or a similar third-party report. */
  'inspection-report',
  /** Distributor papers, customs declaration, certificate or invoice proving the goods are genuine. */
  'authenticity-docs',
  'payment-proof',
]);
export type EvidenceNeed = z.infer<typeof evidenceNeedSchema>;

export const stepEvidenceSchema = z.object({
  need: evidenceNeedSchema,
  optional: z.boolean().default(false),
  note: localizedTextSchema.optional(),
});
export type StepEvidence = z.infer<typeof stepEvidenceSchema>;

export const deadlineUnitSchema = z.enum(['calendar-days', 'business-days', 'working-days', 'hours']);
export type DeadlineUnit = z.infer<typeof deadlineUnitSchema>;

export const deadlineFromSchema = z.enum([
  'ordered',
  'shipped',
  'latest-estimated-delivery',
  'delivered',
  'receipt-confirmed',
  'request-opened',
  'other-side-reply',
  'case-closed',
  /** The day an earlier step (named by `fromStep`) was marked done. */
  'step-done',
]);
export type DeadlineFrom = z.infer<typeof deadlineFromSchema>;

export const deadlineWhoSchema = z.enum(['you', 'other-side', 'platform']);
export type DeadlineWho = z.infer<typeof deadlineWhoSchema>;

/** One market or several (`['US', 'CA']`) whose own sources give the same rule; `EU` stands for every member state. */
export const marketsSchema = z.union([marketCodeSchema, z.array(marketCodeSchema).min(1)]);
export type Markets = z.infer<typeof marketsSchema>;
const marketSchema = marketsSchema;

/** The markets a `market` field names, as a list (empty: every market). */
export function asMarkets(m: Markets | undefined): string[] {
  if (m === undefined) return [];
  return typeof m === 'string' ? [m] : m;
}

/** The case fact that decides a condition: it holds when the case's answer is one of `is`. */
export const requiresSchema = z.object({ fact: factIdSchema, is: z.array(z.string().min(1)).min(1) });
export type Requires = z.infer<typeof requiresSchema>;

/** A number the sources publish. Every field says where it comes from; nothing is inferred. */
export const publishedDeadlineSchema = z.object({
  kind: z.literal('published'),
  /** `deadline`: act by then. `waiting-period`: you may act only after it ends (e.g. "wait 48 h"). */
  type: z.enum(['deadline', 'waiting-period']).default('deadline'),
  amount: z.number().int().nonnegative(),
  unit: deadlineUnitSchema,
  from: deadlineFromSchema,
  fromStep: z.string().min(1).optional(),
  who: deadlineWhoSchema,
  meaning: localizedTextSchema,
  /** Set when the number applies to one country's site only. */
  market: marketSchema.optional(),
  /** Set when the number applies to some orders only (Mall sellers, new items sold by Amazon, ...). */
  condition: localizedTextSchema.optional(),
  /** The case fact that answers `condition`; required with it, so every condition can be answered. */
  requires: requiresSchema.optional(),
  /** A caveat shown with the number that does not decide whether it applies. */
  note: localizedTextSchema.optional(),
  /** Ids of the entry's sources that give this number. */
  sources: z.array(z.string().min(1)).min(1, 'a published deadline needs at least one source'),
  /** Overrides the entry's confidence for this number. */
  confidence: confidenceSchema.optional(),
});
export type PublishedDeadline = z.infer<typeof publishedDeadlineSchema>;

/** The sources were checked and give no number: say so rather than guess. */
export const nonePublishedSchema = z.object({
  kind: z.literal('none-published'),
  note: localizedTextSchema,
  market: marketSchema.optional(),
  sources: z.array(z.string().min(1)).default([]),
});
export type NonePublished = z.infer<typeof nonePublishedSchema>;

export const deadlineSchema = z.discriminatedUnion('kind', [publishedDeadlineSchema, nonePublishedSchema]);
export type Deadline = z.infer<typeof deadlineSchema>;

export const stepSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a step id is lower-case words joined by dashes'),
  title: localizedTextSchema,
  /** Where to click on the platform. */
  where: localizedTextSchema,
  url: z.url().optional(),
  /** Set when the step applies only in some cases ("only if the seller agrees to a return"). */
  when: localizedTextSchema.optional(),
  evidence: z.array(stepEvidenceSchema).default([]),
  deadlines: z.array(deadlineSchema).min(1, 'a step needs a deadline or an explicit none-published'),
  /** The step asks the user to write something: a message, claim, complaint or letter. */
  writtenComplaint: z.boolean().default(false),
});
export type RuleStep = z.infer<typeof stepSchema>;

export const escalationSchema = z.object({
  /** Id of another rules entry. */
  to: z.string().min(1),
  kind: ownerKindSchema,
  when: localizedTextSchema,
  /** The case fact that makes this route apply (how the user paid, ...). Offered as "if …" while unanswered. */
  requires: requiresSchema.optional(),
});
export type Escalation = z.infer<typeof escalationSchema>;

export const sourceSchema = z.object({
  id: z.string().min(1),
  /** The source as the research notes cite it (may be abbreviated). */
  citation: z.string().min(1),
  /** A full address, only where the notes give one completely. */
  url: z.url().optional(),
  /**
   * Why there is no address to link, when there is none: no official page exists or was found, or the
   * notes name the page without its full address. Shown beside the citation instead of a made-up link.
   */
  noUrl: localizedTextSchema.optional(),
  /** The source's own date or age as the notes give it ("2022-11-02", "undated", "2011 archive"). */
  published: z.string().min(1).optional(),
  /**
   * When this source was last checked, and against what: the research notes that summarise it, or a
   * stored copy of the page or rule text itself. Never the live page unless it really was.
   */
  checked: z.object({ on: z.iso.date(), against: z.enum(['research-notes', 'stored-copy', 'live-page']) }),
});
export type RuleSource = z.infer<typeof sourceSchema>;

export const rulesEntrySchema = z
  .object({
    /** `owner.role.scenario`, e.g. `amazon.buyer.not-received`. */
    id: z.string().min(1),
    owner: ownerIdSchema,
    ownerKind: ownerKindSchema,
    role: roleSchema,
    scenario: scenarioSchema,
    market: marketSchema.optional(),
    /**
     * For payment channels and regulators: the case facts that make this route the user's (how they
     * paid, where they live). Every one must hold. Unanswered, the route is offered as "if …".
     */
    requires: z.array(requiresSchema).default([]),
    title: localizedTextSchema,
    steps: z.array(stepSchema).min(1),
    escalation: z.array(escalationSchema).default([]),
    /** Facts worth showing that are not deadlines (caps, fees, burden of proof, what a site does not do). */
    notes: z.array(localizedTextSchema).default([]),
    sources: z.array(sourceSchema).min(1),
    /** The day this entry's steps were last reviewed; each source carries its own `checked`. */
    checked: z.iso.date(),
    confidence: confidenceSchema,
  })
  .superRefine((entry, ctx) => {
    const issue = (message: string, path: (string | number)[]): void => {
      ctx.addIssue({ code: 'custom', message, path });
    };
    if (entry.id !== `${entry.owner}.${entry.role}.${entry.scenario}`) {
      issue(`id must be "${entry.owner}.${entry.role}.${entry.scenario}"`, ['id']);
    }
    if (ownerKindOf(entry.owner) !== entry.ownerKind) {
      issue(`${entry.owner} is a ${ownerKindOf(entry.owner)}, not a ${entry.ownerKind}`, ['ownerKind']);
    }
    checkScenario(entry.role, entry.scenario, entry.ownerKind, issue);
    const isDemo = entry.owner === 'demo-shop';
    if (isDemo !== (entry.confidence.level === 'demo')) {
      issue('confidence "demo" is for the demo shop, and only for it', ['confidence', 'level']);
    }
    if (entry.confidence.level !== 'official' && !entry.confidence.note) {
      issue('a confidence other than official needs a note saying why', ['confidence', 'note']);
    }
    entry.requires.forEach((r, i) => checkRequires(r, ['requires', i], issue));
    if (entry.ownerKind === 'platform' && entry.requires.length)
      issue('a platform entry is picked by the case, not by `requires`', ['requires']);
    entry.escalation.forEach((e, i) => {
      if (e.requires) checkRequires(e.requires, ['escalation', i, 'requires'], issue);
    });
    const sourceIds = new Set<string>();
    entry.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) issue(`duplicate source id "${s.id}"`, ['sources', i, 'id']);
      sourceIds.add(s.id);
    });
    const earlier = new Set<string>();
    entry.steps.forEach((step, si) => {
      if (earlier.has(step.id)) issue(`duplicate step id "${step.id}"`, ['steps', si, 'id']);
      step.deadlines.forEach((d, di) => {
        const path = ['steps', si, 'deadlines', di];
        for (const ref of d.sources) {
          if (!sourceIds.has(ref)) issue(`unknown source "${ref}"`, [...path, 'sources']);
        }
        if (d.kind !== 'published') return;
        if (Boolean(d.condition) !== Boolean(d.requires)) {
          issue(
            'a condition needs `requires` (the case fact that answers it), and `requires` needs its condition text',
            [...path, 'requires'],
          );
        }
        if (d.requires) checkRequires(d.requires, [...path, 'requires'], issue);
        if (d.from === 'step-done') {
          if (!d.fromStep) issue('from "step-done" needs fromStep', [...path, 'fromStep']);
          else if (!earlier.has(d.fromStep))
            issue(`fromStep "${d.fromStep}" is not an earlier step`, [...path, 'fromStep']);
        } else if (d.fromStep) {
          issue('fromStep is only for from "step-done"', [...path, 'fromStep']);
        }
        if (d.confidence?.level === 'demo' && !isDemo)
          issue('confidence "demo" is for the demo shop', [...path, 'confidence']);
        if (d.confidence && d.confidence.level !== 'official' && !d.confidence.note) {
          issue('a confidence other than official needs a note', [...path, 'confidence', 'note']);
        }
      });
      earlier.add(step.id);
    });
  });

export type RulesEntry = z.output<typeof rulesEntrySchema>;
/** What a data file writes: defaults (empty lists, `false`, `deadline`) may be left out. */
export type RulesEntryInput = z.input<typeof rulesEntrySchema>;
export type RuleStepInput = z.input<typeof stepSchema>;
export type DeadlineInput = z.input<typeof deadlineSchema>;

function checkRequires(
  r: z.infer<typeof requiresSchema>,
  path: (string | number)[],
  issue: (message: string, path: (string | number)[]) => void,
): void {
  const values = FACTS[r.fact].options.map((o) => o.value);
  for (const v of r.is)
    if (!values.includes(v)) issue(`"${v}" is not an answer to fact "${r.fact}" (${values.join(', ')})`, path);
}

function checkScenario(
  role: 'buyer' | 'seller',
  scenario: z.infer<typeof scenarioSchema>,
  ownerKind: z.infer<typeof ownerKindSchema>,
  issue: (message: string, path: (string | number)[]) => void,
): void {
  if (scenario === GENERAL_SCENARIO) {
    if (ownerKind === 'platform') issue('"general" is for payment channels and regulators', ['scenario']);
    return;
  }
  const allowed: readonly string[] = role === 'buyer' ? BUYER_SCENARIOS : SELLER_SCENARIOS;
  if (!allowed.includes(scenario)) issue(`"${scenario}" is not a ${role} scenario`, ['scenario']);
}
