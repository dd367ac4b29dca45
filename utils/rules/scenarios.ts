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

/** What a calm, factual complaint asks for, per scenario. */
export const scenarioDemands: Record<Scenario, LocalizedText> = {
  'not-received': {
    zh: '我没有收到这笔订单的商品。请全额退款；如果商品确已寄出，请提供可核实的签收证明。',
    en: 'I have not received this order. Please refund it in full, or, if it was delivered, provide proof of delivery that can be checked.',
  },
  'not-as-described': {
    zh: '收到的商品与商品页描述不符。请安排退货并全额退款（退货运费由卖家承担），或在我同意的情况下更换为符合描述的商品。',
    en: 'The item does not match its listing. Please arrange a return with a full refund, with return shipping at your cost, or, if I agree, a replacement that matches the listing.',
  },
  damaged: {
    zh: '商品到货时已破损。请全额退款或补发完好的商品，相关费用由卖家承担。',
    en: 'The item arrived damaged. Please refund it in full or send an undamaged replacement, at no cost to me.',
  },
  counterfeit: {
    zh: '我有理由认为收到的商品不是正品。请提供正品证明（进货凭证、报关单、授权书或发票）；否则请退货退款，并依法承担相应责任。',
    en: 'I have reason to believe the item is not genuine. Please provide proof of authenticity (supplier invoice, customs declaration, authorisation or certificate); otherwise please accept a return with a full refund.',
  },
  'wrong-item': {
    zh: '收到的商品不是我订购的商品。请补发正确的商品或全额退款，退回错发商品的费用由卖家承担。',
    en: 'The item I received is not the one I ordered. Please send the correct item or refund me in full, and cover the cost of returning the wrong item.',
  },
  'return-not-refunded': {
    zh: '退回的商品卖家已签收，但至今未退款。请立即全额退款。',
    en: 'The seller has received my return but has not refunded me. Please refund the full amount now.',
  },
  'listing-changed': {
    zh: '下单后商品页或价格被修改。请按下单时的商品页和价格履行订单，或退还差价/全额退款。',
    en: 'The listing or price changed after I ordered. Please honour the listing and price at the time of my order, or refund the difference or the full amount.',
  },
  'seller-not-answering': {
    zh: '我多次联系卖家，均未得到答复。请平台介入处理这笔订单。',
    en: 'I have contacted the seller several times without an answer. Please step in and resolve this order.',
  },
  'change-of-mind': {
    zh: '我依法在规定期限内申请无理由退货。请提供退货地址，并在收到退货后按规定期限退款。',
    en: 'I am returning this item within the return period. Please provide the return address and refund me within the required time after you receive it.',
  },
  'claim-response': {
    zh: '我已按订单约定发货。附上发货和物流证明，请据此驳回该申请。',
    en: 'I shipped the order as agreed. Proof of shipping and delivery is attached; please decline the claim on that basis.',
  },
  'malicious-refund': {
    zh: '该退款/退货申请与事实不符。附上发货、物流和沟通记录，请驳回该申请或撤销已执行的退款。',
    en: 'This refund or return request does not match the facts. Shipping, tracking and message records are attached; please reject it or reverse the refund.',
  },
  'buyer-fraud': {
    zh: '我有证据表明买家的申请不属实。请核查附上的证据，驳回申请，并保护卖家的权益。',
    en: "I have evidence that the buyer's claim is untrue. Please review the attached evidence, decline the claim and protect my account.",
  },
  chargeback: {
    zh: '该订单已按约定发货并妥投。附上证据，请驳回此拒付。',
    en: 'This order was shipped and delivered as agreed. Evidence is attached; please reverse the chargeback.',
  },
  'complaint-against-buyer': {
    zh: '买家的行为违反平台规则。附上订单和沟通记录，请平台依规处理。',
    en: "The buyer's conduct breaks the platform's rules. The order and message records are attached; please act under your rules.",
  },
  general: {
    zh: '请根据附上的订单事实和证据处理本投诉，并退还相应款项。',
    en: 'Please handle this complaint on the order facts and evidence below and refund the amount concerned.',
  },
};
