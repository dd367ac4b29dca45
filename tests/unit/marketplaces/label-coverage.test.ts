import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../utils/extract/dates';
import {
  CN_LABELS,
  ORDER_LABELS,
  SHIPPING_LABELS,
  STATUS_LABELS,
  type Lang,
  type LabelField,
  type LabelTable,
} from '../../../utils/extract/labels';
import { AMAZON_LABELS, type AmazonField } from '../../../utils/marketplaces/amazon/selectors';
import { marketplaces } from '../../../utils/marketplaces/registry';
import { SITE_LANGUAGES } from '../../../utils/marketplaces/site-languages';
import { TAOBAO_LABELS } from '../../../utils/marketplaces/taobao/index';

/**
 * The coverage audit: for every adapter, the sites it claims → the languages those sites serve → for each
 * field the adapter reads by label, is there a label in that language? A claimed language without a label
 * for a core field (order number, date, total) fails; the other gaps are listed (printed) so they stay
 * visible. Adding a host, a site language or an adapter without its labels fails here.
 */
const CORE: LabelField[] = ['orderId', 'placedAt', 'total'];
const AUDITED: LabelField[] = [
  ...CORE,
  'subtotal',
  'shipping',
  'tax',
  'discount',
  'refund',
  'seller',
  'paymentMethod',
  'status',
  'recipient',
  'trackingNumber',
  'carrier',
  'cancelled',
];

const has = <F extends string>(t: LabelTable<F>, lang: Lang, ...fields: F[]) =>
  fields.some((f) => (t[lang]?.[f]?.length ?? 0) > 0);

/** Amazon's fields as the audit names them: the total is any of its three tiers, the status its cancellation line. */
const AMAZON_FIELD: Partial<Record<LabelField, AmazonField[]>> = {
  total: ['totalGrand', 'totalOrder', 'total'],
  status: ['cancelled'],
};

/**
 * Which label tables each adapter reads (the configured adapters' status line: status.ts, STATUS_LABELS). An
 * adapter not named here is read as `configured(…)` with the shared EN tables, as new-marketplace writes it.
 */
const CONFIGURED = (lang: Lang, field: LabelField) =>
  has(ORDER_LABELS, lang, field) || has(SHIPPING_LABELS, lang, field) || has(STATUS_LABELS, lang, field);
const CHINESE = (lang: Lang, field: LabelField) => has(CN_LABELS, lang, field) || has(STATUS_LABELS, lang, field);
const READS: Record<string, (lang: Lang, field: LabelField) => boolean> = {
  amazon: (lang, field) =>
    field === 'trackingNumber' || field === 'carrier'
      ? has(SHIPPING_LABELS, lang, field)
      : has(AMAZON_LABELS, lang, ...(AMAZON_FIELD[field] ?? [field as AmazonField])),
  taobao: (lang, field) => has(TAOBAO_LABELS, lang, field) || has(STATUS_LABELS, lang, field),
  jd: CHINESE,
  pinduoduo: CHINESE,
  douyin: CHINESE,
  '1688': CHINESE,
};

const audited = marketplaces.filter((m) => m.id !== 'demo-shop');

interface Row {
  adapter: string;
  lang: Lang;
  sites: string[];
  missing: LabelField[];
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const m of audited) {
    const byLang = new Map<Lang, string[]>();
    for (const s of SITE_LANGUAGES[m.id] ?? [])
      for (const l of s.langs) byLang.set(l, [...(byLang.get(l) ?? []), s.site]);
    const reads = READS[m.id] ?? CONFIGURED;
    for (const [lang, sites] of byLang) {
      out.push({ adapter: m.id, lang, sites, missing: AUDITED.filter((f) => !reads(lang, f)) });
    }
  }
  return out;
}

describe('label coverage per claimed site and language', () => {
  it('every adapter says which languages its sites serve', () => {
    expect(audited.filter((m) => !SITE_LANGUAGES[m.id]).map((m) => m.id)).toEqual([]);
  });

  it('every claimed host has its languages listed, and every listed site is a claimed host', () => {
    for (const m of audited) {
      const sites = SITE_LANGUAGES[m.id] ?? [];
      const hostOf = (site: string) => site.split('/')[0]!;
      const covered = (host: string) =>
        sites.some((s) => hostOf(s.site) === host || hostOf(s.site).endsWith(`.${host}`));
      expect(
        m.hosts.filter((h) => !covered(h)),
        `${m.id}: hosts without languages`,
      ).toEqual([]);
      expect(
        sites
          .filter((s) => !m.hosts.some((h) => hostOf(s.site) === h || hostOf(s.site).endsWith(`.${h}`)))
          .map((s) => s.site),
        `${m.id}: sites it does not claim`,
      ).toEqual([]);
    }
  });

  it('every claimed site language has labels for the order number, the order date and the total', () => {
    const gaps = rows()
      .map((r) => ({ ...r, missing: r.missing.filter((f) => CORE.includes(f)) }))
      .filter((r) => r.missing.length)
      .map((r) => `${r.adapter} ${r.lang} (${r.sites.join(', ')}): ${r.missing.join(', ')}`);
    expect(gaps).toEqual([]);
  });

  it('lists the remaining gaps per adapter and language (printed for the report)', () => {
    const all = rows();
    const lines = all
      .filter((r) => r.missing.length)
      .map((r) => `| ${r.adapter} | ${r.lang} | ${r.sites.join(', ')} | ${r.missing.join(', ')} |`);
    const unread = audited.flatMap((m) =>
      (SITE_LANGUAGES[m.id] ?? [])
        .filter((s) => s.unread)
        .map((s) => `| ${m.id} | ${s.unread!.langs.join(', ')} | ${s.site} | not read: ${s.unread!.why} |`),
    );
    const filled = all.reduce((n, r) => n + AUDITED.length - r.missing.length, 0);
    console.log(
      [
        `label coverage: ${filled}/${all.length * AUDITED.length} (adapter, language, field) cells have a label`,
        '| adapter | language | sites | fields without a label |',
        '|---|---|---|---|',
        ...lines,
        ...unread,
      ].join('\n'),
    );
    // Every adapter reads at least its sites' core fields (above); a table with no row at all would mean
    // the audit itself lost its data.
    expect(all.length).toBeGreaterThan(50);
  });

  // 3 March 2024 in each language's long form (CLDR): a claimed language whose dates cannot be read leaves
  // every order date on its pages unknown, whatever the labels.
  const LONG_DATE: Record<Lang, string> = {
    en: 'March 3, 2024',
    es: '3 de marzo de 2024',
    pt: '3 de março de 2024',
    de: '3. März 2024',
    fr: '3 mars 2024',
    it: '3 marzo 2024',
    nl: '3 maart 2024',
    sv: '3 mars 2024',
    pl: '3 marca 2024',
    tr: '3 Mart 2024',
    ja: '2024年3月3日',
    ko: '2024년 3월 3일',
    th: '3 มีนาคม 2567',
    vi: '3 tháng 3, 2024',
    id: '3 Maret 2024',
    ms: '3 Mac 2024',
    tl: 'Marso 3, 2024',
    'zh-Hans': '2024年3月3日',
    'zh-Hant': '2024年3月3日',
    ru: '3 марта 2024 г.',
    ar: '3 مارس 2024',
    he: '3 במרץ 2024',
  };
  it('every claimed language writes dates the reader understands', () => {
    const claimed = [...new Set(rows().map((r) => r.lang))];
    expect(claimed.filter((l) => parseDate(LONG_DATE[l]) !== '2024-03-03')).toEqual([]);
  });
});
