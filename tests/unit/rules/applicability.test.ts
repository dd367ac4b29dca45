import { describe, expect, it } from 'vitest';
import { planReminders } from '../../../utils/reminders/plan';
import { allRules, ruleById, type RulesEntry } from '../../../utils/rules';
import { computeDeadlines, nextDeadline, type CaseContext } from '../../../utils/rules/deadlines';
import { FACTS, FACT_IDS } from '../../../utils/rules/facts';
import { marketCovers, PICKABLE_MARKETS } from '../../../utils/rules/markets';
import { asMarkets } from '../../../utils/rules/schema';
import { caseSchema, type Case } from '../../../utils/schemas/records';

const TZ = 'Asia/Shanghai';
const DATES = {
  ordered: '2026-02-20',
  shipped: '2026-02-22',
  estimatedDelivery: '2026-03-01',
  delivered: '2026-03-01',
  requestOpened: '2026-03-02',
  otherSideReplied: '2026-03-03',
};
const NOW = Date.parse('2026-03-01T12:00:00Z');

const rule = (id: string): RulesEntry => {
  const r = ruleById(id);
  if (!r) throw new Error(`no rules entry ${id}`);
  return r;
};
const known = (id: string, ctx: CaseContext) => computeDeadlines(rule(id), DATES, {}, { timeZone: TZ, ...ctx });
const sure = (id: string, ctx: CaseContext) =>
  known(id, ctx).filter((d) => d.applies === 'yes' && d.status === 'known');

function caseOf(rulesId: string, ctx: CaseContext): Case {
  return caseSchema.parse({
    id: 'case-applicability-1',
    platform: rulesId.split('.')[0],
    role: rulesId.split('.')[1],
    title: 'probe',
    status: 'open',
    createdAt: 0,
    updatedAt: 0,
    dates: DATES,
    guidance: { rulesId, stepsDone: {} },
    ...(ctx.market ? { market: ctx.market } : {}),
    facts: ctx.facts ?? {},
  });
}
const remindedMeanings = (rulesId: string, ctx: CaseContext) => {
  const plan = planReminders([caseOf(rulesId, ctx)], ruleById, { now: NOW, timeZone: TZ, leadDays: [0] });
  const all = known(rulesId, ctx);
  return plan.alarms.map((a) => {
    const [, , , index] = a.name.split('|');
    return all.find((d) => d.stepId === a.stepId && d.index === Number(index))!.meaning.en;
  });
};

describe('the case market and facts pick the rule (review A1)', () => {
  it('a Shopee buyer with no market gets no Malaysian or Philippine date as sure, and no reminder', () => {
    const ds = known('shopee.buyer.damaged', {});
    expect(ds.filter((d) => d.markets?.includes('MY')).every((d) => d.applies === 'needs-market')).toBe(true);
    expect(
      nextDeadline(rule('shopee.buyer.damaged'), DATES, {}, { timeZone: TZ, now: new Date(NOW), types: ['deadline'] })
        ?.markets ?? [],
    ).toEqual([]);
    expect(remindedMeanings('shopee.buyer.damaged', {}).filter((m) => /Malaysia|Philippines/.test(m))).toEqual([]);
  });

  it('a Shopee PH buyer sees only the Philippine numbers; the Mall answer picks one', () => {
    const unanswered = known('shopee.buyer.damaged', { market: 'PH' });
    expect(unanswered.some((d) => d.meaning.en.startsWith('Malaysia'))).toBe(false);
    expect(unanswered.filter((d) => d.condition && d.status === 'known').map((d) => d.applies)).toEqual([
      'needs-fact',
      'needs-fact',
    ]);
    expect(remindedMeanings('shopee.buyer.damaged', { market: 'PH' }).filter((m) => /Philippines/.test(m))).toEqual([]);
    const regular = sure('shopee.buyer.damaged', { market: 'PH', facts: { 'store-type': 'regular' } }).filter(
      (d) => d.who === 'you',
    );
    expect(regular.map((d) => [d.amount, d.dueLocal?.slice(0, 10)])).toEqual([[7, '2026-03-08']]);
    expect(remindedMeanings('shopee.buyer.damaged', { market: 'PH', facts: { 'store-type': 'regular' } })).toContain(
      'Philippines, non-Mall: within 7 days from delivery',
    );
  });

  it('a TikTok US buyer is reminded of US numbers only', () => {
    const meanings = remindedMeanings('tiktok-shop.buyer.damaged', { market: 'US' });
    expect(meanings.length).toBeGreaterThan(0);
    expect(meanings.every((m) => m.startsWith('US'))).toBe(true);
    expect(
      known('tiktok-shop.buyer.damaged', { market: 'US' }).every((d) => !d.markets || d.markets.includes('US')),
    ).toBe(true);
  });

  it('a JD buyer of a phone never sees the apparel-only 48 h; unanswered it is conditional', () => {
    const phone = known('jd.buyer.not-as-described', { market: 'CN', facts: { 'product-category': 'portable-3c' } });
    expect(phone.some((d) => /48 h of sign-off/.test(d.meaning.en) && d.condition?.en.includes('apparel'))).toBe(false);
    const open = known('jd.buyer.not-as-described', { market: 'CN' }).filter((d) =>
      d.condition?.en.includes('apparel'),
    );
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((d) => d.applies === 'needs-fact')).toBe(true);
  });

  it('a card seller sees only the network they answered', () => {
    const visa = known('card-chargeback.seller.chargeback', { facts: { 'card-network': 'visa' } }).filter(
      (d) => d.condition,
    );
    expect(visa.map((d) => d.meaning.en)).toEqual(['Visa: 30 days']);
    expect(
      known('card-chargeback.seller.chargeback', {})
        .filter((d) => d.condition)
        .every((d) => d.applies === 'needs-fact'),
    ).toBe(true);
  });

  it('an Amazon entry for US and CA does not reach an Amazon Germany case', () => {
    expect(known('amazon.buyer.not-received', { market: 'DE' })).toEqual([]);
    expect(known('amazon.buyer.not-received', { market: 'CA' }).length).toBeGreaterThan(0);
  });
});

const NAMED = [
  ...new Set(
    allRules.flatMap((e) => [
      ...asMarkets(e.market),
      ...e.steps.flatMap((st) => st.deadlines.flatMap((d) => asMarkets(d.market))),
    ]),
  ),
];
const MARKETS = [...NAMED, 'DE', 'JP', 'BR', 'KR'];

/** Every fact answered with its k-th option (the last where it has fewer): each answer is tried once per market. */
function answers(k: number): Record<string, string> {
  return Object.fromEntries(
    FACT_IDS.map((f) => [f, FACTS[f].options[Math.min(k, FACTS[f].options.length - 1)]!.value]),
  );
}
const MAX_OPTIONS = Math.max(...FACT_IDS.map((f) => FACTS[f].options.length));

function contexts(markets: readonly (string | undefined)[]): CaseContext[] {
  const out: CaseContext[] = [];
  for (const market of markets) {
    out.push(market ? { market } : {});
    for (let k = 0; k < MAX_OPTIONS; k += 1) out.push({ ...(market ? { market } : {}), facts: answers(k) });
  }
  return out;
}

describe('no rule reaches a user of another market, or of another answer (whole data)', () => {
  it(
    "every deadline returned for a market is that market's or market-free; every sure one has its condition answered yes",
    { timeout: 60_000 },
    () => {
      let checked = 0;
      const ctxs = contexts([undefined, ...MARKETS]);
      for (const entry of allRules) {
        for (const ctx of ctxs) {
          // No dates: which numbers are returned does not depend on them, and date arithmetic is the slow part.
          for (const d of computeDeadlines(entry, {}, {}, { timeZone: TZ, ...ctx })) {
            const markets = d.markets ?? [];
            if (ctx.market && markets.length)
              expect(marketCovers(markets, ctx.market), `${entry.id} ${d.meaning.en} in ${ctx.market}`).toBe(true);
            if (!ctx.market && markets.length) expect(d.applies, `${entry.id} ${d.meaning.en}`).toBe('needs-market');
            if (d.requires) {
              const answer = ctx.facts?.[d.requires.fact];
              if (answer === undefined) expect(d.applies === 'needs-fact' || d.applies === 'needs-market').toBe(true);
              else expect(d.requires.is, `${entry.id} ${d.meaning.en}`).toContain(answer);
            }
            if (d.applies === 'yes') {
              expect(!markets.length || (ctx.market !== undefined && marketCovers(markets, ctx.market))).toBe(true);
            }
            checked += 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(5_000);
    },
  );

  it('reminders only ever carry numbers that surely apply', { timeout: 60_000 }, () => {
    for (const entry of allRules) {
      const own = asMarkets(entry.market);
      for (const ctx of contexts(
        [undefined, ...(own.length ? own : ['US', 'CN'])].map((m) => (m === 'EU' ? 'DE' : m)),
      )) {
        const c = caseOf(entry.id, ctx);
        const ds = computeDeadlines(entry, DATES, {}, { timeZone: TZ, ...ctx });
        for (const a of planReminders([c], ruleById, {
          now: Date.parse('2026-01-01T00:00:00Z'),
          timeZone: TZ,
          leadDays: [0],
        }).alarms) {
          const index = Number(a.name.split('|')[3]);
          const d = ds.find((x) => x.stepId === a.stepId && x.index === index);
          expect(d?.applies, `${entry.id} ${a.name}`).toBe('yes');
        }
      }
    }
  });

  it('every market a rule names is one the guide can pick', () => {
    const pickable = new Set<string>([...PICKABLE_MARKETS, 'EU']);
    for (const entry of allRules) {
      for (const m of asMarkets(entry.market)) expect(pickable.has(m), entry.id).toBe(true);
      for (const s of entry.steps)
        for (const d of s.deadlines) for (const m of asMarkets(d.market)) expect(pickable.has(m), entry.id).toBe(true);
    }
  });
});
