import { z } from 'zod';
import type { LocalizedText } from './schema';

/**
 * The facts about an order that pick which rule applies. Each is asked once per case, in words a
 * shopper knows; a deadline that depends on one stays conditional (shown with its condition,
 * never reminded) until the case answers it.
 */
export const FACT_IDS = [
  'store-type',
  'sold-by',
  'product-category',
  'card-network',
  'paid-with',
  'seller-offer',
  'mini-program',
  'no-reason-eligible',
  'item-defective',
  'home',
  'seller-abroad',
  'dispute-kind',
] as const;
export const factIdSchema = z.enum(FACT_IDS);
export type FactId = z.infer<typeof factIdSchema>;

export { caseFactsSchema, type CaseFacts } from '../schemas/case-context';

export interface FactOption {
  value: string;
  label: LocalizedText;
}

export interface FactQuestion {
  id: FactId;
  question: LocalizedText;
  options: FactOption[];
}

const o = (value: string, zh: string, en: string, zhTW: string): FactOption => ({ value, label: { zh, en, zhTW } });
const q = (zh: string, en: string, zhTW: string): LocalizedText => ({ zh, en, zhTW });

const BASE_FACTS: Record<
  Exclude<FactId, 'item-defective' | 'home' | 'seller-abroad' | 'dispute-kind'>,
  FactQuestion
> = {
  'store-type': {
    id: 'store-type',
    question: q('这家店是官方商城店吗？', 'Is the shop an official Mall store?', '這家店是官方商城店嗎？'),
    options: [
      o(
        'mall',
        '是，商城店（Shopee Mall、LazMall、Choice、TikTok 商城）',
        'Yes, a Mall store (Shopee Mall, LazMall, Choice, TikTok Mall)',
        '是，商城店（蝦皮商城、LazMall、Choice、TikTok 商城）',
      ),
      o(
        'regular',
        '不是，普通店铺（含 LazGlobal、淘宝店）',
        'No, a regular shop (incl. LazGlobal, Taobao sellers)',
        '不是，一般店家（含 LazGlobal、淘寶店家）',
      ),
    ],
  },
  'sold-by': {
    id: 'sold-by',
    question: q(
      '商品是由平台自己卖的，还是第三方卖家？',
      'Who sold the item: the platform itself or another seller?',
      '商品是由平台自己賣的，還是第三方賣家？',
    ),
    options: [
      o(
        'platform',
        '平台自营（例如“由亚马逊销售”）',
        'The platform itself (e.g. "Sold by Amazon")',
        '平台自營（例如「由亞馬遜銷售」）',
      ),
      o('third-party', '第三方卖家', 'Another seller on the platform', '第三方賣家'),
    ],
  },
  'product-category': {
    id: 'product-category',
    question: q('买的是哪类商品？', 'What kind of item is it?', '買的是哪類商品？'),
    options: [
      o(
        'apparel',
        '服装、鞋、箱包、手表或珠宝',
        'Clothes, shoes, bags, watches or jewellery',
        '服裝、鞋、箱包、手錶或珠寶',
      ),
      o(
        'portable-3c',
        '手机、耳机等便携电子产品',
        'A phone, earphones or other portable electronics',
        '手機、耳機等可攜式電子產品',
      ),
      o(
        'large-3c',
        '电视、电脑等非便携电子产品',
        'A TV, computer or other non-portable electronics',
        '電視、電腦等非可攜式電子產品',
      ),
      o('other', '其他商品', 'Something else', '其他商品'),
    ],
  },
  'card-network': {
    id: 'card-network',
    question: q(
      '是哪种卡？（看卡面上的标志）',
      'Which card is it? (see the logo on the card)',
      '是哪種卡？（看卡面上的標誌）',
    ),
    options: [
      o('visa', 'Visa', 'Visa', 'Visa'),
      o('mastercard', 'Mastercard（万事达）', 'Mastercard', 'Mastercard（萬事達）'),
      o('amex', 'American Express（美国运通）', 'American Express', 'American Express（美國運通）'),
      o('unionpay', '银联', 'UnionPay', '銀聯'),
      o('other', '其他', 'Other', '其他'),
    ],
  },
  'paid-with': {
    id: 'paid-with',
    question: q('这笔订单是怎么付款的？', 'How did you pay for this order?', '這筆訂單是怎麼付款的？'),
    options: [
      o('paypal', 'PayPal', 'PayPal', 'PayPal'),
      o(
        'card',
        'Visa / Mastercard / Amex 卡（非美国发卡）',
        'Visa / Mastercard / Amex card (not issued in the US)',
        'Visa / Mastercard / Amex 卡（非美國發卡）',
      ),
      o('us-credit-card', '美国银行发的信用卡', 'A credit card from a US bank', '美國銀行發的信用卡'),
      o('unionpay', '银联卡或国内银行卡', 'UnionPay or a Chinese bank card', '銀聯卡或中國大陸銀行卡'),
      o('alipay', '支付宝', 'Alipay', '支付寶'),
      o('wechat-pay', '微信支付', 'WeChat Pay', '微信支付'),
      o(
        'other',
        '其他方式（转账、货到付款等）',
        'Another way (bank transfer, cash on delivery…)',
        '其他方式（轉帳、貨到付款等）',
      ),
    ],
  },
  'seller-offer': {
    id: 'seller-offer',
    question: q(
      '卖家在纠纷里提出方案了吗？',
      'Has the seller made you an offer in the dispute?',
      '賣家在爭議裡提出方案了嗎？',
    ),
    options: [o('yes', '提出了', 'Yes', '提出了'), o('no', '没有', 'No', '沒有')],
  },
  'mini-program': {
    id: 'mini-program',
    question: q('是在微信小程序里买的吗？', 'Did you buy it in a WeChat mini-program?', '是在微信小程式裡買的嗎？'),
    options: [o('yes', '是', 'Yes', '是'), o('no', '不是', 'No', '不是')],
  },
  'no-reason-eligible': {
    id: 'no-reason-eligible',
    question: q(
      '商品是否属于不能无理由退货的类别（定制品、鲜活易腐品、已拆封的音像制品或软件、报纸期刊等）？',
      'Is the item one the law excludes from no-reason returns (custom-made, fresh or perishable, opened audio/video or software, newspapers)?',
      '商品是否屬於不能無理由退貨的類別（訂製品、生鮮易腐品、已拆封的影音製品或軟體、報紙期刊等）？',
    ),
    options: [
      o('eligible', '不属于，是普通商品', 'No, an ordinary item', '不屬於，是一般商品'),
      o('excluded', '属于这些例外', 'Yes, one of those', '屬於這些例外'),
    ],
  },
};

export const MORE_FACTS: Record<'item-defective' | 'home' | 'seller-abroad' | 'dispute-kind', FactQuestion> = {
  'dispute-kind': {
    id: 'dispute-kind',
    question: q('买家是通过哪种方式提出的？', 'How did the buyer raise it?', '買家是透過哪種方式提出的？'),
    options: [
      o(
        'trade-assurance',
        '在订单上申请信用保障退款',
        'A Trade Assurance refund request on the order',
        '在訂單上申請信用保障退款',
      ),
      o('complaint', '在投诉中心投诉', 'A complaint in the Complaint Center', '在投訴中心投訴'),
    ],
  },
  'item-defective': {
    id: 'item-defective',
    question: q(
      '商品是坏的或有缺陷吗（不能用、破损）？',
      'Is the item defective or broken (it does not work, it is damaged)?',
      '商品是壞的或有瑕疵嗎（不能用、破損）？',
    ),
    options: [
      o('yes', '是', 'Yes', '是'),
      o('no', '不是，只是和描述不符', 'No, it just does not match the listing', '不是，只是和描述不符'),
    ],
  },
  home: {
    id: 'home',
    question: q(
      '你住在哪里？（决定能找哪个警方和消费者机构）',
      'Where do you live? (This decides which police and consumer bodies you can turn to.)',
      '你住在哪裡？（決定能找哪個警方和消費者機構）',
    ),
    options: [
      o('cn', '中国大陆', 'Mainland China', '中國大陸'),
      o('tw', '台湾', 'Taiwan', '台灣'),
      o('hk', '香港', 'Hong Kong', '香港'),
      o('us', '美国', 'United States', '美國'),
      o('gb', '英国', 'United Kingdom', '英國'),
      o('eu', '欧盟国家', 'An EU country', '歐盟國家'),
      o('other', '其他地方', 'Somewhere else', '其他地方'),
    ],
  },
  'seller-abroad': {
    id: 'seller-abroad',
    question: q(
      '卖家在另一个国家或地区吗？（跨境投诉渠道只收跨境的）',
      'Is the seller in another country or region than you? (Cross-border complaint channels take only those.)',
      '賣家在另一個國家或地區嗎？（跨境投訴管道只收跨境的）',
    ),
    options: [
      o('yes', '是，跨境购物', 'Yes, a cross-border purchase', '是，跨境購物'),
      o('no', '不是，和我在同一个国家或地区', 'No, the same country or region as me', '不是，和我在同一個國家或地區'),
    ],
  },
};

export const FACTS: Record<FactId, FactQuestion> = { ...BASE_FACTS, ...MORE_FACTS };

export function factOptionLabel(fact: FactId, value: string): LocalizedText | undefined {
  return FACTS[fact].options.find((x) => x.value === value)?.label;
}
