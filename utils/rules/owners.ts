import type { OwnerId } from './ids';
import type { LocalizedText } from './schema';
import { ZH_TW } from './zh-tw.generated';

/** Display names for every platform, payment channel and regulator with rules. */
export const ownerNames: Record<OwnerId, LocalizedText> = {
  amazon: { zh: '亚马逊', en: 'Amazon', zhTW: '亞馬遜' },
  ebay: { zh: 'eBay', en: 'eBay' },
  aliexpress: { zh: '速卖通', en: 'AliExpress', zhTW: '速賣通' },
  temu: { zh: 'Temu', en: 'Temu' },
  shein: { zh: 'SHEIN', en: 'SHEIN' },
  'tiktok-shop': { zh: 'TikTok Shop', en: 'TikTok Shop' },
  shopee: { zh: 'Shopee', en: 'Shopee', zhTW: '蝦皮' },
  lazada: { zh: 'Lazada', en: 'Lazada' },
  etsy: { zh: 'Etsy', en: 'Etsy' },
  walmart: { zh: '沃尔玛商城', en: 'Walmart Marketplace', zhTW: '沃爾瑪商城' },
  alibaba: { zh: '阿里巴巴国际站', en: 'Alibaba.com', zhTW: '阿里巴巴國際站' },
  taobao: { zh: '淘宝/天猫', en: 'Taobao / Tmall', zhTW: '淘寶/天貓' },
  jd: { zh: '京东', en: 'JD.com', zhTW: '京東' },
  pinduoduo: { zh: '拼多多', en: 'Pinduoduo' },
  douyin: { zh: '抖音商城（抖店）', en: 'Douyin shop', zhTW: '抖音商城（抖店）' },
  '1688': { zh: '1688', en: '1688.com' },
  'wechat-shop': { zh: '微信小店', en: 'WeChat shop (微信小店)', zhTW: '微信小店' },
  'demo-shop': { zh: 'OrderProof 演示商店', en: 'OrderProof demo shop', zhTW: 'OrderProof 示範商店' },
  paypal: { zh: 'PayPal', en: 'PayPal' },
  'card-chargeback': {
    zh: '银行卡拒付（Visa / Mastercard）',
    en: 'Card chargeback (Visa / Mastercard)',
    zhTW: '信用卡拒付（Visa / Mastercard）',
  },
  'us-fcba': { zh: '美国公平信用账单法', en: 'US Fair Credit Billing Act', zhTW: '美國公平信用帳單法' },
  alipay: { zh: '支付宝', en: 'Alipay', zhTW: '支付寶' },
  'wechat-pay': { zh: '微信支付', en: 'WeChat Pay' },
  unionpay: { zh: '银联卡 / 国内银行卡', en: 'UnionPay / Chinese bank card', zhTW: '銀聯卡／中國大陸銀行卡' },
  'cn-consumer-association': { zh: '消费者协会', en: 'Consumer association (China)', zhTW: '消費者協會（中國大陸）' },
  'cn-police': {
    zh: '公安机关（110 / 96110 反诈）',
    en: 'Police in mainland China (110 / 96110 anti-fraud)',
    zhTW: '中國大陸公安機關（110／96110 反詐）',
  },
  'tw-consumer': {
    zh: '台湾消费者保护（1950）',
    en: 'Taiwan consumer protection (1950)',
    zhTW: '台灣消費者保護（1950）',
  },
  'cn-12315': { zh: '12315（市场监管）', en: '12315 (China market regulation)', zhTW: '12315（市場監管）' },
  'econsumer-gov': { zh: 'econsumer.gov', en: 'econsumer.gov' },
  'uk-consumer': { zh: '英国消费者权利', en: 'UK consumer rights', zhTW: '英國消費者權利' },
  'eu-consumer': { zh: '欧盟消费者权利', en: 'EU consumer rights', zhTW: '歐盟消費者權利' },
  cfpb: {
    zh: '美国消费者金融保护局（CFPB）',
    en: 'Consumer Financial Protection Bureau (CFPB)',
    zhTW: '美國消費者金融保護局（CFPB）',
  },
};

export type TextLanguage = 'en' | 'zh-CN' | 'zh-TW';

/** Picks a language; Traditional falls back to the generated conversion, then to Simplified. */
export function localize(text: LocalizedText, lang: TextLanguage): string {
  if (lang === 'en') return text.en;
  // Rule texts written only in Simplified have a generated Traditional (scripts/guide-zhtw.ts).
  if (lang === 'zh-TW') return text.zhTW ?? ZH_TW[text.zh] ?? text.zh;
  return text.zh;
}
