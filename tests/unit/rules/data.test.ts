import { describe, expect, it } from 'vitest';
import {
  allRules,
  asMarkets,
  CHANNEL_IDS,
  PLATFORM_IDS,
  REGULATOR_IDS,
  rulesEntrySchema,
  rulesFor,
  type PublishedDeadline,
  type RulesEntry,
} from '../../../utils/rules';

const ids = [...PLATFORM_IDS, ...CHANNEL_IDS, ...REGULATOR_IDS];

function publishedDeadlines(entry: RulesEntry): PublishedDeadline[] {
  return entry.steps.flatMap((s) => s.deadlines.filter((d): d is PublishedDeadline => d.kind === 'published'));
}

describe('rules data', () => {
  it('lists exactly the required platforms, channels and regulators', () => {
    expect([...PLATFORM_IDS].sort()).toEqual(
      [
        'amazon',
        'ebay',
        'aliexpress',
        'temu',
        'shein',
        'tiktok-shop',
        'shopee',
        'lazada',
        'etsy',
        'walmart',
        'alibaba',
        'taobao',
        'jd',
        'pinduoduo',
        'douyin',
        '1688',
        'wechat-shop',
        'demo-shop',
      ].sort(),
    );
    expect([...CHANNEL_IDS].sort()).toEqual([
      'alipay',
      'card-chargeback',
      'paypal',
      'unionpay',
      'us-fcba',
      'wechat-pay',
    ]);
    expect([...REGULATOR_IDS].sort()).toEqual([
      'cfpb',
      'cn-12315',
      'cn-consumer-association',
      'cn-police',
      'econsumer-gov',
      'eu-consumer',
      'tw-consumer',
      'uk-consumer',
    ]);
  });

  for (const id of ids) {
    it(`${id} has at least one buyer entry, and every entry passes the schema`, () => {
      const entries = rulesFor(id);
      expect(entries.length).toBeGreaterThan(0);
      expect(rulesFor(id, 'buyer').length).toBeGreaterThan(0);
      for (const entry of entries) expect(rulesEntrySchema.safeParse(entry).success, entry.id).toBe(true);
    });
  }

  it('has seller entries where the platform lists them', () => {
    const sellerScenarios = (id: string) => rulesFor(id, 'seller').map((r) => r.scenario);
    expect(sellerScenarios('amazon')).toEqual(expect.arrayContaining(['claim-response', 'chargeback']));
    expect(sellerScenarios('alibaba')).toEqual(expect.arrayContaining(['claim-response', 'complaint-against-buyer']));
    expect(sellerScenarios('douyin')).toContain('malicious-refund');
    expect(sellerScenarios('card-chargeback')).toContain('chargeback');
    for (const id of ['temu', 'shein', 'aliexpress', 'shopee', 'lazada', 'walmart', 'wechat-shop'])
      expect(sellerScenarios(id), id).toContain('claim-response');
  });

  it('covers the main buyer scenarios', () => {
    const scen = (id: string) => rulesFor(id, 'buyer').map((r) => r.scenario);
    expect(scen('amazon')).toEqual(
      expect.arrayContaining(['not-received', 'not-as-described', 'damaged', 'change-of-mind']),
    );
    expect(scen('ebay')).toEqual(expect.arrayContaining(['not-received', 'not-as-described', 'return-not-refunded']));
    expect(scen('temu')).toContain('listing-changed');
    expect(scen('taobao')).toEqual(expect.arrayContaining(['counterfeit', 'change-of-mind', 'return-not-refunded']));
    expect(scen('demo-shop').sort()).toEqual(['not-as-described', 'not-received']);
  });

  it('every published deadline cites a source the entry lists, with a citation', () => {
    let count = 0;
    for (const entry of allRules) {
      for (const d of publishedDeadlines(entry)) {
        expect(d.sources.length, entry.id).toBeGreaterThan(0);
        for (const ref of d.sources) {
          const source = entry.sources.find((s) => s.id === ref);
          expect(source?.citation.trim(), `${entry.id} → ${ref}`).toBeTruthy();
        }
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('every step has a deadline or an explicit none-published', () => {
    for (const entry of allRules)
      for (const step of entry.steps) expect(step.deadlines.length, `${entry.id}/${step.id}`).toBeGreaterThan(0);
  });

  it("every number appears in its own English meaning, so the text and the data can't drift apart", () => {
    for (const entry of allRules) {
      for (const d of publishedDeadlines(entry)) {
        if (d.amount === 0) continue;
        expect(d.meaning.en, entry.id).toMatch(new RegExp(`\\b${d.amount}\\b`));
        expect(d.meaning.zh, entry.id).toMatch(new RegExp(`${d.amount}|[一二三四五六七八九十]`));
      }
    }
  });

  it('a confidence below official always says why', () => {
    for (const entry of allRules) {
      if (entry.confidence.level !== 'official') expect(entry.confidence.note, entry.id).toBeDefined();
      for (const d of publishedDeadlines(entry))
        if (d.confidence && d.confidence.level !== 'official') expect(d.confidence.note, entry.id).toBeDefined();
    }
  });

  it("a seller's guide never speaks of the buyer's click paths (review D7)", () => {
    const sellers = allRules.filter((entry) => entry.role === 'seller');
    expect(sellers.length).toBeGreaterThan(0);
    for (const entry of sellers) {
      const note = entry.confidence.note;
      expect(`${note?.en ?? ''} ${note?.zh ?? ''}`, entry.id).not.toMatch(/buyer's click path|买家端/i);
    }
  });

  it('escalation paths point at existing channel and regulator entries', () => {
    const byId = new Map(allRules.map((r) => [r.id, r]));
    let paths = 0;
    for (const entry of allRules) {
      for (const path of entry.escalation) {
        expect(byId.get(path.to)?.ownerKind, `${entry.id} → ${path.to}`).toBe(path.kind);
        paths += 1;
      }
    }
    expect(paths).toBeGreaterThan(50);
  });
});

describe('facts the notes flag', () => {
  const entry = (id: string): RulesEntry => {
    const found = allRules.find((r) => r.id === id);
    expect(found, id).toBeDefined();
    return found!;
  };

  it('AliExpress says its sources disagree', () => {
    for (const r of rulesFor('aliexpress')) expect(r.confidence.level).toBe('sources-disagree');
  });

  it('Temu price adjustment is secondary and unverified', () => {
    const r = entry('temu.buyer.listing-changed');
    expect(r.confidence.level).toBe('secondary');
    expect(r.confidence.note?.en).toMatch(/unverified/i);
    expect(publishedDeadlines(r).map((d) => [d.amount, d.unit, d.from])).toEqual([[30, 'calendar-days', 'ordered']]);
  });

  it('the demo shop is marked demo and cites OrderProof demo only', () => {
    for (const r of rulesFor('demo-shop')) {
      expect(r.confidence.level).toBe('demo');
      expect(r.sources.map((s) => s.citation)).toEqual(['OrderProof demo']);
    }
    for (const r of allRules.filter((x) => x.owner !== 'demo-shop')) expect(r.confidence.level, r.id).not.toBe('demo');
  });

  it('country-specific numbers say which market they apply to', () => {
    for (const id of ['shopee', 'tiktok-shop']) {
      for (const r of rulesFor(id)) {
        for (const d of publishedDeadlines(r)) {
          const markets = asMarkets(d.market ?? r.market);
          expect(markets.length, `${r.id}: ${d.meaning.en}`).toBeGreaterThan(0);
          for (const m of markets) expect(m, `${r.id}: ${d.meaning.en}`).toMatch(/^[A-Z]{2}$/);
        }
      }
    }
    const shopeeMarkets = new Set(
      publishedDeadlines(entry('shopee.buyer.damaged')).flatMap((d) => asMarkets(d.market)),
    );
    expect([...shopeeMarkets].sort()).toEqual(['MY', 'PH']);
    const tiktokMarkets = new Set(
      publishedDeadlines(entry('tiktok-shop.buyer.damaged')).flatMap((d) => asMarkets(d.market)),
    );
    expect([...tiktokMarkets].sort()).toEqual(['ID', 'TH', 'US', 'VN']);
  });

  it('12315 carries the consumer-law baseline', () => {
    const r = entry('cn-12315.buyer.general');
    const noReason = publishedDeadlines(r).find((d) => d.meaning.en.includes('no-reason'));
    expect(noReason).toMatchObject({ amount: 7, unit: 'calendar-days', from: 'delivered' });
    expect(noReason?.meaning.en).toMatch(/day after/);
    expect(r.notes.some((n) => n.en.includes('3×') && n.en.includes('¥500'))).toBe(true);
    expect(publishedDeadlines(r).some((d) => d.amount === 7 && d.unit === 'working-days')).toBe(true);
  });

  it('platforms without official numbers only use the law, never an invented platform number', () => {
    const lawSources = new Set(['cn-cpl', 'cn-7day']);
    for (const id of ['pinduoduo', 'douyin', '1688']) {
      for (const r of rulesFor(id)) {
        for (const d of publishedDeadlines(r))
          for (const s of d.sources) expect(lawSources.has(s), `${r.id}: ${s}`).toBe(true);
        const platformGaps = r.steps.flatMap((s) => s.deadlines).filter((d) => d.kind === 'none-published');
        expect(platformGaps.length, r.id).toBeGreaterThan(0);
      }
    }
    for (const r of rulesFor('taobao')) {
      const apply = r.steps.find((s) => s.id === 'apply');
      if (apply)
        expect(apply.deadlines.some((d) => d.kind === 'none-published' && d.note.en.includes('Art 4'))).toBe(true);
    }
  });

  it('Alibaba.com complaint against a buyer has no published limit', () => {
    const r = entry('alibaba.seller.complaint-against-buyer');
    expect(publishedDeadlines(r)).toEqual([]);
  });

  it('Amazon A-to-z: 90 days after the latest estimated delivery, not before 3 days after it', () => {
    const ds = publishedDeadlines(entry('amazon.buyer.not-received'));
    expect(ds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          amount: 90,
          unit: 'calendar-days',
          from: 'latest-estimated-delivery',
          type: 'deadline',
        }),
        expect.objectContaining({
          amount: 3,
          unit: 'calendar-days',
          from: 'latest-estimated-delivery',
          type: 'waiting-period',
        }),
        expect.objectContaining({ amount: 48, unit: 'hours', from: 'step-done', fromStep: 'contact-seller' }),
      ]),
    );
  });
});
