import type { Lang } from '../extract/labels';

/**
 * The languages each claimed site serves its order pages in: its default language and the alternatives
 * its own language picker offers. An adapter claims a host; its pages arrive in these languages, so its
 * label tables must read each of them (tests/unit/marketplaces/label-coverage.test.ts fails when a
 * claimed language has no label for a core field). `unread` lists languages a site also offers that no
 * public source gave labels for: their pages read only through language-neutral parts (selectors,
 * embedded page state, URL), every labelled field stays unknown there — listed so the gap is visible.
 */
export interface SiteLanguages {
  /** A host the adapter claims, optionally with a path prefix (temu.com/de) or a subdomain (fr.shein.com). */
  site: string;
  langs: Lang[];
  unread?: { langs: string[]; why: string };
}

const NO_SOURCE = 'no public source for its order-page labels was found';

export const SITE_LANGUAGES: Record<string, SiteLanguages[]> = {
  amazon: [
    { site: 'amazon.com', langs: ['en', 'es'] },
    { site: 'amazon.ca', langs: ['en', 'fr'] },
    { site: 'amazon.com.mx', langs: ['es', 'en'] },
    { site: 'amazon.co.uk', langs: ['en'] },
    { site: 'amazon.de', langs: ['de', 'en'], unread: { langs: ['cs', 'da'], why: NO_SOURCE } },
    { site: 'amazon.fr', langs: ['fr', 'en'] },
    { site: 'amazon.it', langs: ['it', 'en'] },
    { site: 'amazon.es', langs: ['es', 'pt', 'en'] },
    { site: 'amazon.nl', langs: ['nl', 'en'] },
    { site: 'amazon.se', langs: ['sv', 'en'] },
    { site: 'amazon.pl', langs: ['pl'] },
    { site: 'amazon.com.be', langs: ['fr', 'nl', 'en'] },
    { site: 'amazon.co.jp', langs: ['ja', 'en'], unread: { langs: ['zh-Hans'], why: NO_SOURCE } },
    { site: 'amazon.in', langs: ['en'], unread: { langs: ['hi', 'ta', 'te', 'kn', 'ml', 'bn', 'mr'], why: NO_SOURCE } },
    { site: 'amazon.com.au', langs: ['en'] },
    { site: 'amazon.sg', langs: ['en'] },
    { site: 'amazon.ae', langs: ['en', 'ar'] },
    { site: 'amazon.sa', langs: ['ar', 'en'] },
    { site: 'amazon.com.tr', langs: ['tr'] },
    { site: 'amazon.com.br', langs: ['pt'] },
    { site: 'amazon.eg', langs: ['ar', 'en'] },
    { site: 'amazon.ie', langs: ['en'] },
  ],
  ebay: [
    { site: 'ebay.com', langs: ['en'] },
    { site: 'ebay.co.uk', langs: ['en'] },
    { site: 'ebay.de', langs: ['de'] },
    { site: 'ebay.fr', langs: ['fr'] },
    { site: 'ebay.it', langs: ['it'] },
    { site: 'ebay.es', langs: ['es'] },
    { site: 'ebay.ca', langs: ['en', 'fr'] },
    { site: 'ebay.com.au', langs: ['en'] },
    { site: 'ebay.at', langs: ['de'] },
    { site: 'ebay.ch', langs: ['de', 'fr', 'it'] },
    { site: 'ebay.ie', langs: ['en'] },
    { site: 'ebay.nl', langs: ['nl'] },
    { site: 'ebay.be', langs: ['fr', 'nl'] },
    { site: 'ebay.pl', langs: ['pl'] },
    { site: 'ebay.com.hk', langs: ['zh-Hant', 'en'] },
    { site: 'ebay.com.sg', langs: ['en'] },
  ],
  aliexpress: [
    {
      site: 'aliexpress.com',
      langs: ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'tr', 'ja', 'ko', 'th', 'vi', 'id', 'ar'],
      unread: { langs: ['he'], why: NO_SOURCE },
    },
    { site: 'aliexpress.us', langs: ['en'] },
    { site: 'aliexpress.ru', langs: ['ru'] },
  ],
  temu: [
    {
      site: 'temu.com',
      langs: ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'tr', 'ja', 'ko', 'ar', 'th', 'vi', 'ms', 'id'],
      unread: {
        langs: [
          'sv',
          'he',
          'cs',
          'hu',
          'ro',
          'el',
          'sk',
          'bg',
          'hr',
          'fi',
          'da',
          'no',
          'et',
          'lv',
          'lt',
          'sl',
          'sr',
          'uk',
          'tl',
        ],
        why: NO_SOURCE,
      },
    },
  ],
  shein: [
    {
      site: 'shein.com',
      langs: ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'ar', 'ja', 'zh-Hant', 'th', 'vi'],
      unread: { langs: ['sv'], why: NO_SOURCE },
    },
    { site: 'shein.co.uk', langs: ['en'] },
    { site: 'shein.com.mx', langs: ['es'] },
    { site: 'shein.in', langs: ['en'] },
    { site: 'shein.com.hk', langs: ['zh-Hant', 'en'] },
    { site: 'shein.tw', langs: ['zh-Hant'] },
    { site: 'shein.com.vn', langs: ['vi'] },
    { site: 'shein.com.co', langs: ['es'] },
    // Read through the page's own order data (gbRawData) and selectors; SHEIN's Swedish labels: no source.
    { site: 'shein.se', langs: [], unread: { langs: ['sv'], why: NO_SOURCE } },
  ],
  'tiktok-shop': [
    // The buyer's shop pages in every TikTok Shop market (US, UK, IE, SG, PH, MY, ID, TH, VN, MX, ES, DE, FR, IT, BR, JP).
    { site: 'tiktok.com', langs: ['en', 'id', 'ms', 'th', 'vi', 'es', 'de', 'fr', 'it', 'pt', 'ja'] },
    // The cross-border Seller Center, in English and Simplified Chinese.
    { site: 'tiktokglobalshop.com', langs: ['en', 'zh-Hans'] },
  ],
  shopee: [
    { site: 'shopee.sg', langs: ['en', 'zh-Hans'] },
    { site: 'shopee.com.my', langs: ['en', 'ms', 'zh-Hans'] },
    { site: 'shopee.co.th', langs: ['th', 'en'] },
    { site: 'shopee.vn', langs: ['vi', 'en'] },
    { site: 'shopee.ph', langs: ['en'], unread: { langs: ['tl'], why: NO_SOURCE } },
    { site: 'shopee.co.id', langs: ['id', 'en'] },
    { site: 'shopee.tw', langs: ['zh-Hant', 'en'] },
    { site: 'shopee.com.br', langs: ['pt', 'en'] },
    { site: 'shopee.com.mx', langs: ['es'] },
    // The China Seller Centre, in Simplified Chinese and English.
    { site: 'shopee.cn', langs: ['zh-Hans', 'en'] },
  ],
  lazada: [
    { site: 'lazada.sg', langs: ['en', 'zh-Hans'] },
    { site: 'lazada.com.my', langs: ['en', 'ms'] },
    { site: 'lazada.co.th', langs: ['th', 'en'] },
    { site: 'lazada.vn', langs: ['vi', 'en'] },
    { site: 'lazada.com.ph', langs: ['en'], unread: { langs: ['tl'], why: NO_SOURCE } },
    { site: 'lazada.co.id', langs: ['id', 'en'] },
  ],
  etsy: [{ site: 'etsy.com', langs: ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'ja'] }],
  walmart: [
    { site: 'walmart.com', langs: ['en'] },
    { site: 'walmart.ca', langs: ['en', 'fr'] },
  ],
  // Alibaba.com's buyer order pages are served in English (its language subdomains cover product search).
  alibaba: [{ site: 'alibaba.com', langs: ['en'] }],
  taobao: [
    { site: 'taobao.com', langs: ['zh-Hans', 'zh-Hant', 'en'] },
    { site: 'tmall.com', langs: ['zh-Hans'] },
    { site: 'tmall.hk', langs: ['zh-Hans', 'zh-Hant'] },
  ],
  jd: [
    { site: 'jd.com', langs: ['zh-Hans'] },
    { site: 'jd.hk', langs: ['zh-Hans'] },
  ],
  pinduoduo: [
    { site: 'yangkeduo.com', langs: ['zh-Hans'] },
    { site: 'pinduoduo.com', langs: ['zh-Hans'] },
  ],
  douyin: [{ site: 'jinritemai.com', langs: ['zh-Hans'] }],
  '1688': [{ site: '1688.com', langs: ['zh-Hans'] }],
};
