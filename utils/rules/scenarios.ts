import type { Scenario } from './ids';
import type { LocalizedText } from './schema';

/** Short names for each scenario, for pickers and entry titles. */
export const scenarioLabels: Record<Scenario, LocalizedText> = {
  'not-received': { zh: '未收到货', en: 'Item not received', zhTW: '未收到貨' },
  'not-as-described': {
    zh: '与描述不符（含质量问题）',
    en: 'Not as described (incl. defective)',
    zhTW: '與描述不符（含品質問題）',
  },
  damaged: { zh: '商品破损', en: 'Arrived damaged', zhTW: '商品破損' },
  counterfeit: { zh: '假货', en: 'Counterfeit', zhTW: '仿冒品' },
  'wrong-item': { zh: '发错货', en: 'Wrong item', zhTW: '寄錯貨' },
  'return-not-refunded': { zh: '已退货未退款', en: 'Returned but not refunded', zhTW: '已退貨未退款' },
  'listing-changed': { zh: '商品页或价格被改', en: 'Listing or price changed', zhTW: '商品頁或價格被改' },
  'seller-not-answering': { zh: '卖家不回复', en: 'Seller not answering', zhTW: '賣家不回覆' },
  'change-of-mind': { zh: '无理由退货', en: 'Return without a reason', zhTW: '無理由退貨' },
  'claim-response': { zh: '回应买家的投诉/纠纷', en: "Answer a buyer's claim", zhTW: '回應買家的投訴/糾紛' },
  'malicious-refund': { zh: '恶意退款/退货', en: 'Malicious refund or return', zhTW: '惡意退款/退貨' },
  'buyer-fraud': { zh: '买家欺诈', en: 'Buyer fraud', zhTW: '買家詐欺' },
  chargeback: { zh: '拒付（信用卡退单）', en: 'Chargeback', zhTW: '拒付（信用卡退單）' },
  'complaint-against-buyer': { zh: '投诉买家', en: 'Complaint against a buyer', zhTW: '投訴買家' },
  general: { zh: '通用流程', en: 'General', zhTW: '通用流程' },
};
