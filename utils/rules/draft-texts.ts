import type { CaseDates, EvidenceKind } from '../schemas/records';
import type { Scenario } from './ids';
import type { LocalizedText } from './schema';

const L = (zh: string, en: string, zhTW: string): LocalizedText => ({ zh, en, zhTW });

type BuyerScenario = Exclude<
  Scenario,
  'claim-response' | 'malicious-refund' | 'buyer-fraud' | 'chargeback' | 'complaint-against-buyer'
>;
type SellerScenario = Exclude<Scenario, BuyerScenario> | 'general';

const isSellerScenario = (s: Scenario): s is Exclude<SellerScenario, 'general'> =>
  ['claim-response', 'malicious-refund', 'buyer-fraud', 'chargeback', 'complaint-against-buyer'].includes(s);

/** What a buyer asks the seller themselves, in a message to them. */
const toSeller: Record<BuyerScenario, LocalizedText> = {
  'not-received': L(
    '我没有收到这笔订单的商品。请全额退款；如果商品确已寄出，请提供可核实的签收证明。',
    'I have not received this order. Please refund it in full, or, if it was delivered, send me proof of delivery that can be checked.',
    '我沒有收到這筆訂單的商品。請全額退款；如果商品確已寄出，請提供可查證的簽收證明。',
  ),
  'not-as-described': L(
    '收到的商品与商品页描述不符。请安排退货并全额退款（退货运费由您承担），或在我同意的情况下更换为符合描述的商品。',
    'The item does not match its listing. Please arrange a return with a full refund, with return shipping at your cost, or, if I agree, a replacement that matches the listing.',
    '收到的商品與商品頁描述不符。請安排退貨並全額退款（退貨運費由您負擔），或在我同意的情況下更換為符合描述的商品。',
  ),
  damaged: L(
    '商品到货时已破损。请全额退款或补发完好的商品，相关费用由您承担。',
    'The item arrived damaged. Please refund it in full or send an undamaged replacement, at no cost to me.',
    '商品到貨時已破損。請全額退款或補寄完好的商品，相關費用由您負擔。',
  ),
  counterfeit: L(
    '我有理由认为收到的商品不是正品。请提供正品证明（进货凭证、报关单、授权书或发票）；否则请退货退款。',
    'I have reason to believe the item is not genuine. Please send proof of authenticity (supplier invoice, customs declaration, authorisation or certificate); otherwise please accept a return with a full refund.',
    '我有理由認為收到的商品不是正品。請提供正品證明（進貨憑證、報關單、授權書或發票）；否則請退貨退款。',
  ),
  'wrong-item': L(
    '收到的商品不是我订购的商品。请补发正确的商品或全额退款，退回错发商品的费用由您承担。',
    'The item I received is not the one I ordered. Please send the correct item or refund me in full, and cover the cost of returning the wrong item.',
    '收到的商品不是我訂購的商品。請補寄正確的商品或全額退款，退回寄錯商品的費用由您負擔。',
  ),
  'return-not-refunded': L(
    '您已签收我退回的商品，但至今未退款。请立即全额退款。',
    'You have received my return but have not refunded me. Please refund the full amount now.',
    '您已簽收我退回的商品，但至今未退款。請立即全額退款。',
  ),
  'listing-changed': L(
    '下单后商品页或价格被修改。请按下单时的商品页和价格履行订单，或退还差价/全额退款。',
    'The listing or price changed after I ordered. Please honour the listing and price at the time of my order, or refund the difference or the full amount.',
    '下單後商品頁或價格被修改。請依下單時的商品頁和價格履行訂單，或退還差價／全額退款。',
  ),
  'seller-not-answering': L(
    '我已多次联系您，均未得到答复。请答复并处理这笔订单。',
    'I have contacted you several times without an answer. Please reply and resolve this order.',
    '我已多次聯繫您，均未得到答覆。請答覆並處理這筆訂單。',
  ),
  'change-of-mind': L(
    '我在规定期限内申请无理由退货。请提供退货地址，并在收到退货后按规定期限退款。',
    'I am returning this item within the return period. Please send me the return address and refund me within the required time after you receive it.',
    '我在規定期限內申請無理由退貨。請提供退貨地址，並在收到退貨後依規定期限退款。',
  ),
  general: L(
    '请根据以下订单事实处理这笔订单，并退还相应款项。',
    'Please resolve this order on the facts below and refund the amount concerned.',
    '請根據以下訂單事實處理這筆訂單，並退還相應款項。',
  ),
};

/** What a buyer asks a platform, payment channel or consumer body to do about the seller. */
const toIntermediary: Record<BuyerScenario, LocalizedText> = {
  'not-received': L(
    '我没有收到这笔订单的商品。请介入处理，责成卖家全额退款；如卖家称已送达，请要求其提供可核实的签收证明。',
    'I have not received this order. Please step in and have the seller refund me in full; if the seller says it was delivered, please ask for proof of delivery that can be checked.',
    '我沒有收到這筆訂單的商品。請介入處理，要求賣家全額退款；如賣家稱已送達，請要求其提供可查證的簽收證明。',
  ),
  'not-as-described': L(
    '收到的商品与描述不符。请介入处理，责成卖家退货退款（退货运费由卖家承担）。',
    'The item does not match its listing. Please step in and have the seller accept a return with a full refund, return shipping at the seller’s cost.',
    '收到的商品與描述不符。請介入處理，要求賣家退貨退款（退貨運費由賣家負擔）。',
  ),
  damaged: L(
    '商品到货时已破损。请介入处理，责成卖家全额退款或补发完好的商品，费用由卖家承担。',
    'The item arrived damaged. Please step in and have the seller refund me in full or send an undamaged replacement at the seller’s cost.',
    '商品到貨時已破損。請介入處理，要求賣家全額退款或補寄完好的商品，費用由賣家負擔。',
  ),
  counterfeit: L(
    '我有理由认为收到的商品不是正品。请介入核查，要求卖家提供正品证明；无法证明的，请责成卖家退货退款。',
    'I have reason to believe the item is not genuine. Please step in, ask the seller for proof of authenticity, and if it cannot be given, have the seller accept a return with a full refund.',
    '我有理由認為收到的商品不是正品。請介入查核，要求賣家提供正品證明；無法證明的，請要求賣家退貨退款。',
  ),
  'wrong-item': L(
    '收到的商品不是我订购的商品。请介入处理，责成卖家补发正确商品或全额退款，并承担退回费用。',
    'The item I received is not the one I ordered. Please step in and have the seller send the correct item or refund me in full, and cover the return cost.',
    '收到的商品不是我訂購的商品。請介入處理，要求賣家補寄正確商品或全額退款，並負擔退回費用。',
  ),
  'return-not-refunded': L(
    '卖家已签收我退回的商品，但至今未退款。请介入处理，责成卖家立即全额退款。',
    'The seller has received my return but has not refunded me. Please step in and have the seller refund the full amount.',
    '賣家已簽收我退回的商品，但至今未退款。請介入處理，要求賣家立即全額退款。',
  ),
  'listing-changed': L(
    '下单后商品页或价格被修改。请介入处理，责成卖家按下单时的商品页和价格履行，或退还差价/全额退款。',
    'The listing or price changed after I ordered. Please step in and have the seller honour the listing and price at the time of my order, or refund the difference or the full amount.',
    '下單後商品頁或價格被修改。請介入處理，要求賣家依下單時的商品頁和價格履行，或退還差價／全額退款。',
  ),
  'seller-not-answering': L(
    '我多次联系卖家，均未得到答复。请介入处理这笔订单。',
    'I have contacted the seller several times without an answer. Please step in and resolve this order.',
    '我多次聯繫賣家，均未得到答覆。請介入處理這筆訂單。',
  ),
  'change-of-mind': L(
    '我在规定期限内申请无理由退货，卖家未予处理。请介入处理，责成卖家提供退货地址并按规定退款。',
    'I asked to return the item within the return period and the seller has not dealt with it. Please step in and have the seller give a return address and refund me as the rules require.',
    '我在規定期限內申請無理由退貨，賣家未予處理。請介入處理，要求賣家提供退貨地址並依規定退款。',
  ),
  general: L(
    '请根据以下订单事实和证据处理本投诉，责成对方退还相应款项。',
    'Please deal with this complaint on the order facts and evidence below and have the other side refund the amount concerned.',
    '請根據以下訂單事實和證據處理本投訴，要求對方退還相應款項。',
  ),
};

/** What a seller asks the platform or payment network to decide. Evidence is listed, never said to be "attached". */
const sellerResponse: Record<SellerScenario, LocalizedText> = {
  'claim-response': L(
    '我已按订单约定发货，发货和物流记录见下方证据。请据此驳回该申请。',
    'I shipped the order as agreed; the shipping and tracking records are listed below. Please decline the claim on that basis.',
    '我已依訂單約定出貨，出貨和物流紀錄見下方證據。請據此駁回該申請。',
  ),
  'malicious-refund': L(
    '该退款/退货申请与事实不符，发货、物流和沟通记录见下方证据。请驳回该申请，或撤销已执行的退款。',
    'This refund or return request does not match the facts; the shipping, tracking and message records are listed below. Please reject it or reverse the refund.',
    '該退款／退貨申請與事實不符，出貨、物流和溝通紀錄見下方證據。請駁回該申請，或撤銷已執行的退款。',
  ),
  'buyer-fraud': L(
    '我有证据表明买家的申请不属实，见下方证据。请核查、驳回申请，并保护卖家的权益。',
    'I have evidence, listed below, that the buyer’s claim is untrue. Please review it, decline the claim and protect my account.',
    '我有證據表明買家的申請不實，見下方證據。請查核、駁回申請，並保護賣家的權益。',
  ),
  chargeback: L(
    '该订单已按约定发货并妥投，证据见下方。请驳回此拒付。',
    'This order was shipped and delivered as agreed; the evidence is listed below. Please reverse the chargeback.',
    '該訂單已依約定出貨並妥投，證據見下方。請駁回此拒付。',
  ),
  'complaint-against-buyer': L(
    '买家的行为违反平台规则，订单和沟通记录见下方证据。请依规处理。',
    'The buyer’s conduct breaks your rules; the order and message records are listed below. Please act under your rules.',
    '買家的行為違反平台規則，訂單和溝通紀錄見下方證據。請依規處理。',
  ),
  general: L(
    '请根据以下订单事实和证据作出处理。',
    'Please decide on the order facts and evidence below.',
    '請根據以下訂單事實和證據作出處理。',
  ),
};

/** A seller's answer to the buyer: settle it with them; never ask the buyer to drop a claim. */
export const sellerToBuyer = L(
  '很抱歉给您带来不便。请告诉我具体情况（商品破损或与描述不符时，发来照片会很有帮助）。我正在核实物流和订单记录，收到您的回复后，会按订单情况为您提供退款、换货或退货方案。',
  'I am sorry for the trouble with your order. Please tell me what happened (photos help if the item is damaged or not as described). I am checking the tracking and order records now, and once I hear from you I will offer a refund, replacement or return as your order qualifies for.',
  '很抱歉造成您的不便。請告訴我具體情況（商品破損或與描述不符時，傳來照片會很有幫助）。我正在查核物流和訂單紀錄，收到您的回覆後，會依訂單情況為您提供退款、換貨或退貨方案。',
);

export function buyerToSellerDemand(s: Scenario): LocalizedText {
  return isSellerScenario(s) ? toSeller.general : toSeller[s];
}
export function buyerToIntermediaryDemand(s: Scenario): LocalizedText {
  return isSellerScenario(s) ? toIntermediary.general : toIntermediary[s];
}
export function sellerResponseDemand(s: Scenario): LocalizedText {
  return isSellerScenario(s) ? sellerResponse[s] : sellerResponse.general;
}

export const counterfeitLaw = L(
  '如经查实为假货，请依据《消费者权益保护法》第五十五条，按商品价款的三倍赔偿（不足 500 元的按 500 元）。',
  'If the goods are found to be counterfeit, I ask for compensation of three times the price (at least ¥500) under Article 55 of the Consumer Protection Law.',
  '如經查實為假貨，請依據《消費者權益保護法》第五十五條，按商品價款的三倍賠償（不足 500 元的按 500 元）。',
);

export const dateLabels: Record<keyof CaseDates, LocalizedText> = {
  ordered: L('下单', 'Order placed', '下單'),
  shipped: L('发货', 'Shipped', '出貨'),
  estimatedDelivery: L('预计送达', 'Estimated delivery', '預計送達'),
  delivered: L('签收/送达', 'Delivered', '簽收／送達'),
  receiptConfirmed: L('确认收货', 'Receipt confirmed', '確認收貨'),
  requestOpened: L('提出申请', 'Request opened', '提出申請'),
  otherSideReplied: L('对方答复', 'Other side replied', '對方答覆'),
  caseClosed: L('结案', 'Case closed', '結案'),
};

export const kindLabels: Record<EvidenceKind, LocalizedText> = {
  screenshot: L('截图', 'Screenshot', '截圖'),
  'full-page-screenshot': L('整页截图', 'Full-page screenshot', '整頁截圖'),
  'page-snapshot': L('网页存档', 'Page snapshot', '網頁存檔'),
  'order-data': L('订单数据', 'Order data', '訂單資料'),
  'chat-transcript': L('聊天记录', 'Chat transcript', '聊天紀錄'),
  'uploaded-file': L('文件', 'File', '檔案'),
  note: L('备注', 'Note', '備註'),
};

/** A cancellation notice's legal basis and refund line, per consumer-law entry. No number the law does not give. */
export const cancellationLaw: Partial<Record<string, { basis: LocalizedText; refund: LocalizedText }>> = {
  'uk-consumer': {
    basis: L(
      '依据英国《2013 年消费者合同条例》（Consumer Contracts Regulations 2013）',
      'under the Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013',
      '依據英國《2013 年消費者合約條例》（Consumer Contracts Regulations 2013）',
    ),
    refund: L(
      '请退还我支付的全部款项（含标准运费）：商品已寄出的，在收到退回的商品或我寄回的证明（以较早者为准）后 14 日内退款；未寄出的，在收到本通知后 14 日内退款。请告知退货地址。',
      'Please refund everything I paid, including standard delivery: within 14 days of receiving the goods back or evidence that I have sent them back, whichever is earlier, or, if no goods were delivered, within 14 days of this notice. Please tell me where to return the goods.',
      '請退還我支付的全部款項（含標準運費）：商品已寄出的，在收到退回的商品或我寄回的證明（以較早者為準）後 14 日內退款；未寄出的，在收到本通知後 14 日內退款。請告知退貨地址。',
    ),
  },
  'eu-consumer': {
    basis: L(
      '依据欧盟消费者权利指令（Directive 2011/83/EU）规定的撤回权',
      'exercising my right of withdrawal under EU consumer law (Directive 2011/83/EU)',
      '依據歐盟消費者權利指令（Directive 2011/83/EU）規定的撤回權',
    ),
    refund: L(
      '请在收到本通知后 14 日内退还我支付的全部款项（含标准运费）；在收到退回的商品或我寄回的证明之前，您可以暂缓退款。请告知退货地址。',
      'Please refund everything I paid, including standard delivery, within 14 days of receiving this notice; you may wait until you have the goods back or evidence that I have sent them. Please tell me where to return the goods.',
      '請在收到本通知後 14 日內退還我支付的全部款項（含標準運費）；在收到退回的商品或我寄回的證明之前，您可以暫緩退款。請告知退貨地址。',
    ),
  },
  'tw-consumer': {
    basis: L(
      '依据台湾《消费者保护法》第十九条',
      'under Article 19 of the Taiwan Consumer Protection Act',
      '依據《消費者保護法》第十九條',
    ),
    refund: L(
      '请依法退还我支付的款项，并告知退货方式。',
      'Please refund what I paid as the Act requires and tell me how to return the goods.',
      '請依法退還我支付的款項，並告知退貨方式。',
    ),
  },
};
