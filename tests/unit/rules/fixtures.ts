import { rulesEntrySchema, type DeadlineInput, type RulesEntry, type RulesEntryInput } from '../../../utils/rules';

const t = (en: string) => ({ zh: en, en });

/** A one-off demo-shop entry whose steps each hold the deadlines a test needs. */
export function entryWith(steps: { id: string; deadlines: DeadlineInput[] }[]): RulesEntry {
  const input: RulesEntryInput = {
    id: 'demo-shop.buyer.not-received',
    owner: 'demo-shop',
    ownerKind: 'platform',
    role: 'buyer',
    scenario: 'not-received',
    title: t('Test entry'),
    steps: steps.map((s) => ({ id: s.id, title: t(`Step ${s.id}`), where: t('Somewhere'), deadlines: s.deadlines })),
    sources: [{ id: 'demo', citation: 'OrderProof demo', checked: { on: '2026-11-23', against: 'research-notes' } }],
    checked: '2026-11-23',
    confidence: { level: 'demo', note: t('test data') },
  };
  return rulesEntrySchema.parse(input);
}

export function dl(
  amount: number,
  unit: 'calendar-days' | 'business-days' | 'working-days' | 'hours',
  from:
    | 'ordered'
    | 'shipped'
    | 'latest-estimated-delivery'
    | 'delivered'
    | 'receipt-confirmed'
    | 'request-opened'
    | 'other-side-reply'
    | 'case-closed'
    | 'step-done',
  extra: Partial<{
    fromStep: string;
    market: string;
    type: 'deadline' | 'waiting-period';
    who: 'you' | 'other-side' | 'platform';
  }> = {},
): DeadlineInput {
  const { who = 'you', ...rest } = extra;
  return {
    kind: 'published',
    amount,
    unit,
    from,
    who,
    meaning: t(`${amount} ${unit} from ${from}`),
    sources: ['demo'],
    ...rest,
  };
}
