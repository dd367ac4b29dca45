import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { guideReport } from '../../../utils/rules/guide-cli';

/** The seed scenarios, as `npm run guide` answers them: only deadlines that apply, each with its source, and the next routes. */
describe('npm run guide: seed scenarios', () => {
  it('cheated cross-border buyer on an unknown site, paid with UnionPay, living in mainland China', () => {
    const r = guideReport({
      platform: 'other',
      role: 'buyer',
      problem: 'not-received',
      conditions: { 'paid-with': 'unionpay', home: 'cn', 'seller-abroad': 'yes' },
      today: '2026-03-05',
    });
    expect(r.deadlines).toEqual([]);
    const sure = r.routes.filter((x) => x.applies === 'yes').map((x) => x.id);
    expect(sure).toEqual(
      expect.arrayContaining(['unionpay.buyer.general', 'cn-police.buyer.general', 'econsumer-gov.buyer.general']),
    );
    expect(sure).not.toContain('paypal.buyer.general');
    expect(sure).not.toContain('us-fcba.buyer.general');
    expect(r.routes.find((x) => x.id === 'uk-consumer.buyer.general')?.applies).not.toBe('yes');
  });

  it('a Taobao buyer in mainland China: the cross-border report only once the seller is said to be abroad', () => {
    const report = (conditions: Record<string, string>) =>
      guideReport({
        platform: 'taobao',
        role: 'buyer',
        problem: 'not-as-described',
        market: 'CN',
        conditions,
        today: '2026-11-27',
      }).routes.find((x) => x.id === 'econsumer-gov.buyer.general')?.applies;
    expect(report({})).toBe('needs-fact');
    expect(report({ 'seller-abroad': 'no' })).not.toBe('yes');
    expect(report({ 'seller-abroad': 'yes' })).toBe('yes');
  });

  it('Amazon US seller facing a chargeback: 7 days from the email, and the card seller route', () => {
    const r = guideReport({
      platform: 'amazon',
      role: 'seller',
      problem: 'chargeback',
      market: 'US',
      dates: { requestOpened: '2026-03-01' },
      today: '2026-03-02',
    });
    const due = r.deadlines.filter((d) => d.status === 'known').map((d) => [d.due, d.applies]);
    expect(due).toContainEqual(['2026-03-08', 'yes']);
    expect(r.deadlines.every((d) => d.source)).toBe(true);
    expect(r.routes.map((x) => x.id)).toContain('card-chargeback.seller.chargeback');
  });

  it('Amazon Germany buyer: the US/CA A-to-z numbers never reach them', () => {
    const r = guideReport({
      platform: 'amazon',
      role: 'buyer',
      problem: 'not-received',
      market: 'DE',
      dates: { estimatedDelivery: '2026-03-01' },
      today: '2026-03-05',
    });
    expect(r.rules).toBe('amazon.buyer.not-received');
    expect(r.deadlines).toEqual([]);
    expect(r.routes.map((x) => x.id)).toContain('eu-consumer.buyer.general');
  });

  it('抖店 seller facing a malicious refund: no invented deadline, the police route with the law on doctored evidence', () => {
    const r = guideReport({
      platform: 'douyin',
      role: 'seller',
      problem: 'malicious-refund',
      market: 'CN',
      today: '2026-03-05',
    });
    expect(r.deadlines.filter((d) => d.status === 'known')).toEqual([]);
    expect(r.routes.map((x) => x.id)).toContain('cn-police.seller.general');
  });

  it('Shopee Taiwan buyer: no Philippine or Malaysian number, Taiwan consumer protection offered', () => {
    const r = guideReport({
      platform: 'shopee',
      role: 'buyer',
      problem: 'damaged',
      market: 'TW',
      dates: { delivered: '2026-03-01' },
      today: '2026-03-02',
    });
    expect(r.deadlines).toEqual([]);
    expect(r.routes.find((x) => x.id === 'tw-consumer.buyer.general')?.applies).toBe('yes');
  });

  it('a cross-border return on TikTok US: only US numbers, each open or passed by the given day', () => {
    const r = guideReport({
      platform: 'tiktok-shop',
      role: 'buyer',
      problem: 'damaged',
      market: 'US',
      dates: { delivered: '2026-01-01' },
      today: '2026-03-05',
    });
    expect(r.deadlines.length).toBeGreaterThan(0);
    expect(r.deadlines.every((d) => d.markets === null || d.markets.includes('US'))).toBe(true);
    expect(r.deadlines.find((d) => d.meaning.startsWith('US money-back'))).toMatchObject({
      due: '2026-04-01',
      open: true,
    });
  });

  it.each([
    // dispute-kind answer, expected sure numbers (days after the request), what must stay unreminded
    ['trade-assurance', ['2026-03-04', '2026-03-08'], []],
    ['complaint', ['2026-03-06'], []],
    [undefined, [], ['2026-03-04', '2026-03-06']],
  ] as const)(
    'Alibaba.com seller answering a buyer (%s): only the numbers for how the buyer raised it (B10)',
    (kind, sure, unreminded) => {
      const r = guideReport({
        platform: 'alibaba',
        role: 'seller',
        problem: 'claim-response',
        dates: { requestOpened: '2026-03-01' },
        conditions: kind ? { 'dispute-kind': kind } : {},
        today: '2026-03-02',
      });
      expect(r.deadlines.filter((d) => d.applies === 'yes').map((d) => d.due)).toEqual(sure);
      expect(r.deadlines.filter((d) => !d.remindable).map((d) => d.due)).toEqual(
        expect.arrayContaining([...unreminded]),
      );
      expect(r.deadlines.every((d) => d.source?.startsWith('https://'))).toBe(true);
    },
  );

  it('Alibaba.com seller complaining about a buyer: no invented limit, the Complaint Center linked', () => {
    const r = guideReport({
      platform: 'alibaba',
      role: 'seller',
      problem: 'complaint-against-buyer',
      today: '2026-03-02',
    });
    expect(r.deadlines.map((d) => [d.status, d.source])).toEqual([
      ['none-published', 'https://activity.alibaba.com/helpcenter/tradedispute.html'],
    ]);
  });

  it("Amazon US seller facing an A-to-z claim: 48 h from Amazon's email, linked to Seller Central", () => {
    const r = guideReport({
      platform: 'amazon',
      role: 'seller',
      problem: 'claim-response',
      market: 'US',
      dates: { requestOpened: '2026-03-01T09:00' },
      today: '2026-03-02',
    });
    const info = r.deadlines.find((d) => d.step === 'respond-to-amazon')!;
    expect(info).toMatchObject({ due: '2026-03-03', applies: 'yes', remindable: true });
    expect(info.source).toMatch(/^https:\/\/sellercentral\.amazon\.com\//);
  });

  it.each(['temu', 'shein'])(
    '%s seller: says no seller rule was found; the card representment route only for a chargeback',
    (platform) => {
      const r = guideReport({ platform, role: 'seller', problem: 'claim-response', today: '2026-03-02' });
      expect(r.deadlines.map((d) => d.status)).toEqual(['none-published']);
      expect(r.routes.map((x) => x.id)).not.toContain('card-chargeback.seller.chargeback');
      const chargeback = guideReport({ platform, role: 'seller', problem: 'chargeback', today: '2026-03-02' });
      expect(chargeback.routes.map((x) => x.id)).toContain('card-chargeback.seller.chargeback');
    },
  );

  it("an Alibaba.com seller's complaint against a buyer is not offered a chargeback's representment", () => {
    const r = guideReport({
      platform: 'alibaba',
      role: 'seller',
      problem: 'complaint-against-buyer',
      today: '2026-03-02',
    });
    expect(r.rules).toBe('alibaba.seller.complaint-against-buyer');
    expect(r.routes.map((x) => x.id)).not.toContain('card-chargeback.seller.chargeback');
  });

  it("抖店 seller: the police route is the platform's own next step for doctored photos or a swapped return", () => {
    const r = guideReport({
      platform: 'douyin',
      role: 'seller',
      problem: 'malicious-refund',
      market: 'CN',
      today: '2026-03-05',
    });
    expect(r.routes.find((x) => x.id === 'cn-police.seller.general')?.applies).toBe('yes');
  });

  it('a Temu buyer whose parcel never came: 90 days from purchase (B19)', () => {
    const r = guideReport({
      platform: 'temu',
      role: 'buyer',
      problem: 'not-received',
      dates: { ordered: '2026-01-01' },
      today: '2026-03-05',
    });
    expect(r.deadlines.find((d) => d.step === 'request')).toMatchObject({
      due: '2026-04-01',
      open: true,
      source: 'https://www.temu.com/temu-purchase-protection.html',
    });
  });
});

describe('npm run guide: due dates in the rule’s own zone', () => {
  const taobao = (timeZone: string) =>
    guideReport({
      platform: 'taobao',
      role: 'buyer',
      problem: 'change-of-mind',
      market: 'CN',
      conditions: { 'no-reason-eligible': 'eligible' },
      dates: { delivered: '2026-03-01' },
      today: '2026-03-05',
      timeZone,
    }).deadlines.find((d) => d.status === 'known' && d.who === 'you');

  it('a Taobao limit ends on a day in China, with the user’s clock beside it', () => {
    const ny = taobao('America/New_York');
    expect(ny).toMatchObject({
      due: '2026-03-08',
      dueAt: '2026-03-08 23:59',
      zone: 'Asia/Shanghai',
      zoneIsUsers: false,
      userTime: '2026-03-08 11:59',
      userZone: 'America/New_York',
    });
    // West of China the due date must not move to the user's calendar day; east of it neither.
    expect(taobao('Pacific/Auckland')).toMatchObject({ due: '2026-03-08', userTime: '2026-03-09 04:59' });
  });

  it('no user time beside it when the user is in the rule’s zone', () => {
    const sh = taobao('Asia/Shanghai');
    expect(sh?.due).toBe('2026-03-08');
    expect(sh).not.toHaveProperty('userTime');
  });

  it('a rule whose market keeps several clocks counts in the user’s zone and says so', () => {
    const r = guideReport({
      platform: 'amazon',
      role: 'buyer',
      problem: 'not-received',
      market: 'US',
      dates: { estimatedDelivery: '2026-03-01' },
      today: '2026-03-02',
      timeZone: 'America/Los_Angeles',
    });
    const known = r.deadlines.filter((d) => d.status === 'known');
    expect(known.length).toBeGreaterThan(0);
    for (const d of known) expect(d).toMatchObject({ zone: 'America/Los_Angeles', zoneIsUsers: true });
  });
});

describe('npm run guide under Node', () => {
  it('runs (Node loads the calendar library’s CommonJS build) and prints the rule’s own date', () => {
    const out = execFileSync(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'scripts/guide.ts',
        '--url',
        'https://item.taobao.com/item.htm?id=1',
        '--role',
        'buyer',
        '--problem',
        'change-of-mind',
        '--condition',
        'no-reason-eligible=eligible',
        '--date',
        'delivered=2026-03-01',
        '--today',
        '2026-03-05',
        '--tz',
        'America/New_York',
      ],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(out) as ReturnType<typeof guideReport>;
    expect(report.market).toBe('CN');
    expect(report.deadlines).toContainEqual(
      expect.objectContaining({ due: '2026-03-08', zone: 'Asia/Shanghai', userZone: 'America/New_York' }),
    );
  }, 30_000);
});
