import type { DateOptions } from './dates';
import { UNKNOWN_CURRENCY } from './money';

/**
 * What a page's locale settles for the generic reader, from the page's own `<html lang>` and its host's
 * country domain: which currency a bare "$", "¥" or "kr" means, and whether "03/04/2024" is day or month
 * first. Where the two sources disagree, or neither says, the answer is unknown: a bare "$" on a Spanish
 * page may be pesos of any of a dozen countries, and "03/04" on an English page with no country may be either.
 */
export interface PageLocale {
  /** The site's currency for bare signs; UNKNOWN_CURRENCY when the page does not settle it. */
  currency: string | undefined;
  dates: DateOptions;
}

/** Country domains and the currency a bare sign means there. */
const TLD_CURRENCY: [RegExp, string][] = [
  [/\.ca$/, 'CAD'],
  [/\.(?:com\.)?au$/, 'AUD'],
  [/\.(?:com\.)?mx$/, 'MXN'],
  [/\.(?:co\.)?nz$/, 'NZD'],
  [/\.(?:com\.)?sg$/, 'SGD'],
  [/\.(?:com\.)?hk$/, 'HKD'],
  [/\.(?:com\.)?tw$/, 'TWD'],
  [/\.(?:com\.)?br$/, 'BRL'],
  [/\.(?:com\.)?ar$/, 'ARS'],
  [/\.cl$/, 'CLP'],
  [/\.(?:com\.)?co$/, 'COP'],
  [/\.(?:com\.)?uy$/, 'UYU'],
  [/\.(?:co\.)?jp$/, 'JPY'],
  [/\.cn$/, 'CNY'],
  [/\.se$/, 'SEK'],
  [/\.dk$/, 'DKK'],
  [/\.no$/, 'NOK'],
  [/\.us$/, 'USD'],
  // Where "Rs." is the rupee printed: India, Pakistan, Sri Lanka, Nepal (Amazon.in, Flipkart, Daraz).
  [/\.(?:co\.)?in$/, 'INR'],
  [/\.(?:com\.)?pk$/, 'PKR'],
  [/\.lk$/, 'LKR'],
  // Where "درهم" (dirham) is printed: the Emirates, Morocco.
  [/\.ae$/, 'AED'],
  [/\.ma$/, 'MAD'],
  [/\.(?:com\.)?np$/, 'NPR'],
];

/** The same from a language tag's region or, for a few, its language alone. */
const REGION_CURRENCY: Record<string, string> = {
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  MX: 'MXN',
  NZ: 'NZD',
  SG: 'SGD',
  HK: 'HKD',
  TW: 'TWD',
  BR: 'BRL',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  UY: 'UYU',
  JP: 'JPY',
  CN: 'CNY',
  SE: 'SEK',
  DK: 'DKK',
  NO: 'NOK',
  IN: 'INR',
  PK: 'PKR',
  LK: 'LKR',
  NP: 'NPR',
  AE: 'AED',
  MA: 'MAD',
};
const LANGUAGE_CURRENCY: Record<string, string> = { ja: 'JPY', sv: 'SEK', da: 'DKK', nb: 'NOK', no: 'NOK' };

/** Countries whose numeric dates put the day first (CLDR short date patterns); the US puts the month first. */
const DAY_FIRST_REGIONS = new Set(
  'GB IE AU NZ IN SG MY ZA AE SA EG IL DE AT CH FR BE IT ES MX AR CL CO PE BR PT NL PL TR RU VN TH ID'.split(' '),
);
const DAY_FIRST_LANGUAGES = new Set('de fr es it pt nl pl tr ru vi th id ms ar he'.split(' '));
/** Country domains with day-first dates, as above; `.com`, `.ca` and `.ph` print both orders. */
const DAY_FIRST_TLD =
  /\.(?:co\.uk|uk|ie|com\.au|au|co\.nz|nz|in|sg|com\.sg|my|com\.my|ae|sa|eg|il|co\.il|de|at|ch|fr|be|it|es|com\.mx|mx|com\.ar|cl|com\.co|pe|com\.br|br|pt|nl|pl|com\.tr|tr|ru|vn|co\.th|th|co\.id|id)$/;
const THAI_TLD = /\.(?:co\.)?th$/;

function tag(doc: Document): { language?: string; region?: string } {
  const raw = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  const m = /^([a-z]{2,3})(?:[-_](?:[A-Za-z]{4}[-_])?([A-Za-z]{2}))?\b/i.exec(raw);
  if (!m) return {};
  return { language: m[1]!.toLowerCase(), ...(m[2] ? { region: m[2].toUpperCase() } : {}) };
}

/** Both sources' answers agree (or only one gives one): that answer; a disagreement is unknown. */
function agree<T>(a: T | undefined, b: T | undefined): T | undefined | null {
  if (a !== undefined && b !== undefined && a !== b) return null;
  return a ?? b;
}

function currencyOf(host: string, language: string | undefined, region: string | undefined): string | undefined {
  const byHost = TLD_CURRENCY.find(([re]) => re.test(host))?.[1];
  const byLang = (region && REGION_CURRENCY[region]) || (language ? LANGUAGE_CURRENCY[language] : undefined);
  const both = agree(byHost, byLang);
  if (both === null) return UNKNOWN_CURRENCY;
  if (both) return both;
  // Neither says. On an English (or unlabelled) page of a generic domain a bare "$" stays US dollars and
  // "¥" yuan, as they always read here; in any other language or on another country's domain a bare sign
  // names no currency the page settles.
  const genericHost = /\.(?:com|net|org|io|shop|store)$/.test(host) || !/\.[a-z]{2}$/.test(host);
  const chinese = language === 'zh' && (!region || region === 'CN');
  if (genericHost && (!language || language === 'en' || chinese)) return chinese ? 'CNY' : undefined;
  return UNKNOWN_CURRENCY;
}

function dateOrder(host: string, language: string | undefined, region: string | undefined): DateOptions['order'] {
  const byRegion = region ? (region === 'US' ? 'mdy' : DAY_FIRST_REGIONS.has(region) ? 'dmy' : undefined) : undefined;
  // A language alone settles it where all its countries agree; English alone does not (US and UK).
  const byLang = region ? byRegion : language && DAY_FIRST_LANGUAGES.has(language) ? 'dmy' : undefined;
  const byHost = DAY_FIRST_TLD.test(host) ? 'dmy' : /\.us$/.test(host) ? 'mdy' : undefined;
  const both = agree<'dmy' | 'mdy'>(byLang, byHost);
  return both ?? undefined;
}

export function pageLocale(url: URL, doc: Document): PageLocale {
  const host = url.hostname.toLowerCase();
  const { language, region } = tag(doc);
  const order = dateOrder(host, language, region);
  const thai = language === 'th' || region === 'TH' || THAI_TLD.test(host);
  return {
    currency: currencyOf(host, language, region),
    dates: { ...(order ? { order } : {}), ...(thai ? { buddhistEra: true } : {}) },
  };
}
