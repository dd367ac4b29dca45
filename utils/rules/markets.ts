import type { LocalizedText } from './schema';

/**
 * A market is the country whose rules govern an order: the country of the marketplace's site
 * (amazon.ca → CA, shopee.ph → PH) or, for a shop OrderProof does not know, where the shop sells
 * from. `EU` is the one group code: EU consumer law binds every member state.
 */
export { marketCodeSchema, type MarketCode } from '../schemas/case-context';

export const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** Does a rule written for `ruleMarkets` govern a case in `caseMarket`? */
export function marketCovers(ruleMarkets: readonly string[], caseMarket: string): boolean {
  return ruleMarkets.some(
    (m) => m === caseMarket || (m === 'EU' && (EU_MEMBERS as readonly string[]).includes(caseMarket)),
  );
}

/** The markets the guide offers to pick from, most common for OrderProof's users first. */
export const PICKABLE_MARKETS = [
  'CN',
  'TW',
  'HK',
  'US',
  'CA',
  'GB',
  'DE',
  'FR',
  'IT',
  'ES',
  'NL',
  'PL',
  'SE',
  'BE',
  'IE',
  'AT',
  'JP',
  'AU',
  'SG',
  'MY',
  'PH',
  'TH',
  'VN',
  'ID',
  'IN',
  'MX',
  'BR',
  'AE',
  'SA',
  'TR',
  'EG',
  'KR',
  'RU',
] as const;

const regionNames = (lang: string) => new Intl.DisplayNames([lang], { type: 'region' });

/** "Philippines" / "菲律宾" / "菲律賓"; the code itself where the runtime has no name for it. */
export function marketName(code: string, lang: 'en' | 'zh-CN' | 'zh-TW'): string {
  if (code === 'EU') return lang === 'en' ? 'EU' : lang === 'zh-TW' ? '歐盟' : '欧盟';
  try {
    return regionNames(lang).of(code) ?? code;
  } catch {
    return code;
  }
}

export function marketNames(code: string): LocalizedText {
  return { en: marketName(code, 'en'), zh: marketName(code, 'zh-CN'), zhTW: marketName(code, 'zh-TW') };
}

/** Country-code top-level domains and second-level forms that name a market outright. */
const TLD_MARKET: Record<string, string> = {
  ca: 'CA',
  mx: 'MX',
  br: 'BR',
  uk: 'GB',
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  es: 'ES',
  nl: 'NL',
  se: 'SE',
  pl: 'PL',
  be: 'BE',
  ie: 'IE',
  at: 'AT',
  jp: 'JP',
  in: 'IN',
  au: 'AU',
  sg: 'SG',
  ae: 'AE',
  sa: 'SA',
  tr: 'TR',
  eg: 'EG',
  my: 'MY',
  th: 'TH',
  vn: 'VN',
  ph: 'PH',
  id: 'ID',
  tw: 'TW',
  hk: 'HK',
  cn: 'CN',
  kr: 'KR',
  ru: 'RU',
  us: 'US',
  ch: 'CH',
  dk: 'DK',
  fi: 'FI',
  pt: 'PT',
  cz: 'CZ',
  ro: 'RO',
  gr: 'GR',
  hu: 'HU',
  nz: 'NZ',
};

/** Sites that serve one market whatever their domain ends with. */
const SITE_MARKET: Record<string, string> = {
  'taobao.com': 'CN',
  'tmall.com': 'CN',
  'tmall.hk': 'HK',
  'jd.com': 'CN',
  'yangkeduo.com': 'CN',
  'pinduoduo.com': 'CN',
  'jinritemai.com': 'CN',
  'douyin.com': 'CN',
  '1688.com': 'CN',
  'amazon.com': 'US',
  'walmart.com': 'US',
  'aliexpress.us': 'US',
  'aliexpress.ru': 'RU',
  'ebay.com': 'US',
  'tokopedia.com': 'ID',
  'qq.com': 'CN',
  'weixin.qq.com': 'CN',
};

/** Sites that sell to many countries from one domain: only a country in the address says which. */
const GLOBAL_SITES = [
  'temu.com',
  'shein.com',
  'aliexpress.com',
  'tiktok.com',
  'tiktokglobalshop.com',
  'etsy.com',
  'alibaba.com',
  'paypal.com',
];

const COUNTRY_LABEL = /^(us|ca|uk|gb|de|fr|it|es|nl|se|pl|be|ie|at|jp|au|mx|br|my|ph|th|vn|id|sg|tw|hk|kr|ae|sa|tr)$/;

function labelMarket(label: string): string | undefined {
  const m = COUNTRY_LABEL.exec(label.toLowerCase());
  if (!m) return undefined;
  return m[1] === 'uk' ? 'GB' : m[1]!.toUpperCase();
}

function hostMatches(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/**
 * The market a page address names, or undefined when it does not say: amazon.ca → CA,
 * shopee.ph → PH, taobao.com → CN, us.shein.com or temu.com/uk/… → US / GB. A global site
 * without a country in its address gives undefined, never a guess.
 */
export function marketFromUrl(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  // One Seller Central serves all of Europe: its address does not say which country's store.
  if (/^sellercentral-europe\./.test(host)) return undefined;
  if (/^sellercentral-japan\./.test(host)) return 'JP';
  // Alibaba.com (B2B, worldwide) and TikTok's own pages name no market: their subdomains and paths
  // are languages (id, th, vi…) or none. Only a TikTok Shop seller centre (seller-th…) is one market's.
  if (hostMatches(host, 'alibaba.com')) return undefined;
  if (hostMatches(host, 'tiktok.com'))
    return /^seller-([a-z]{2})\.tiktok\.com$/.test(host) ? labelMarket(host.slice(7, 9)) : undefined;
  // AliExpress subdomains (es., fr., pt.…) are languages, not countries.
  if (hostMatches(host, 'aliexpress.com')) return undefined;
  const global = GLOBAL_SITES.find((s) => hostMatches(host, s));
  if (global) {
    const sub = host
      .slice(0, -global.length - 1)
      .split('.')
      .filter(Boolean);
    // seller-th.tiktok.com, us.shein.com, m.shein.com/us/…, temu.com/uk/…, temu.com/ca-fr/…
    for (const label of sub) {
      const fromSub = labelMarket(label.replace(/^seller-/, ''));
      if (fromSub) return fromSub;
    }
    const first = url.pathname.split('/').filter(Boolean)[0] ?? '';
    return labelMarket(first.split('-')[0] ?? '');
  }
  const site = Object.keys(SITE_MARKET)
    .filter((s) => hostMatches(host, s))
    .sort((a, b) => b.length - a.length)[0];
  if (site) return SITE_MARKET[site];
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  if (tld === 'com' || tld === 'net' || tld === 'org' || tld === 'shop' || tld === 'store') return undefined;
  return TLD_MARKET[tld];
}

/** The first market any of a case's captured pages names; undefined when none does or they disagree. */
export function marketFromUrls(addresses: readonly (string | undefined)[]): string | undefined {
  const found = new Set(addresses.flatMap((a) => (a ? [marketFromUrl(a)] : [])).filter((m): m is string => Boolean(m)));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The one civil time zone of a market, where the whole country keeps one clock. Absent for countries
 * with several (US, CA, AU, MX, BR, ID, RU, and ES and PT with their islands): their rules name no
 * zone, so a deadline there is counted in the user's own zone and says so rather than guess one.
 */
const MARKET_ZONES: Readonly<Record<string, string>> = {
  CN: 'Asia/Shanghai',
  TW: 'Asia/Taipei',
  HK: 'Asia/Hong_Kong',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  SG: 'Asia/Singapore',
  MY: 'Asia/Kuala_Lumpur',
  PH: 'Asia/Manila',
  TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh',
  IN: 'Asia/Kolkata',
  AE: 'Asia/Dubai',
  SA: 'Asia/Riyadh',
  TR: 'Europe/Istanbul',
  EG: 'Africa/Cairo',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  IT: 'Europe/Rome',
  NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels',
  AT: 'Europe/Vienna',
  PL: 'Europe/Warsaw',
  SE: 'Europe/Stockholm',
};

/**
 * The zone a rule bound to `ruleMarkets` counts its days in: the market's one clock when all its
 * markets share it (an EU rule takes the case's member state). Undefined when the rule holds
 * everywhere, or its markets keep several clocks: the user's zone is then used.
 */
export function ruleTimeZone(ruleMarkets: readonly string[], caseMarket?: string): string | undefined {
  if (!ruleMarkets.length) return undefined;
  const zones = new Set(
    ruleMarkets.map((m) => (m === 'EU' ? (caseMarket && marketCovers(['EU'], caseMarket) ? caseMarket : m) : m)),
  );
  const [only] = [...zones];
  return zones.size === 1 && only ? MARKET_ZONES[only] : undefined;
}
