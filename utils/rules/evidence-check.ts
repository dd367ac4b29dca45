import type { EvidenceKind } from '../schemas/records';
import type { EvidenceNeed, LocalizedText, StepEvidence } from './schema';

export interface EvidenceItem {
  kind: EvidenceKind;
  title: string;
  /** Need ids the user confirmed this item covers, e.g. `['photos']`. */
  tags?: readonly string[];
}

interface NeedMatcher {
  /** Kinds that are this need by themselves. */
  kinds: readonly EvidenceKind[];
  /** Where the user would capture it: for "how to get it" hints. */
  captureAs: readonly EvidenceKind[];
  /** Words in a title that suggest the need; tags are the reliable way. */
  title?: RegExp;
  /** Words that rule a title out (a return's tracking is not the outbound tracking). */
  notTitle?: RegExp;
}

const PAGE: readonly EvidenceKind[] = ['screenshot', 'full-page-screenshot', 'page-snapshot'];

export const needMatchers: Record<EvidenceNeed, NeedMatcher> = {
  'order-data': {
    kinds: ['order-data'],
    captureAs: ['order-data', ...PAGE],
    title: /\border (details|page|summary)\b|订单/i,
  },
  tracking: {
    kinds: [],
    captureAs: PAGE,
    title: /\btrack(ing)?\b|\bshipment\b|物流|快递|运单/i,
    notTitle: /\breturn|退货|寄回/i,
  },
  'return-tracking': {
    kinds: [],
    captureAs: PAGE,
    title: /\breturn (tracking|label|shipment|parcel)|退货(物流|单号|快递)|寄回/i,
  },
  'shipping-proof': {
    kinds: [],
    captureAs: [...PAGE, 'uploaded-file'],
    title: /proof of (delivery|shipment|shipping)|shipping proof|\bPOD\b|发货凭证|签收|妥投/i,
  },
  photos: {
    kinds: [],
    captureAs: ['uploaded-file'],
    title: /\bphotos?\b|\bpictures?\b|\.(jpe?g|png|heic|webp)\b|照片|图片|实拍/i,
  },
  video: {
    kinds: [],
    captureAs: ['uploaded-file'],
    title: /\bvideo\b|\.(mp4|mov|webm)\b|视频|录像/i,
    notTitle: /packing|打包|unboxing|开箱|拆箱|拆包/i,
  },
  'packing-video': { kinds: [], captureAs: ['uploaded-file'], title: /\bpacking\b|打包/i },
  'return-unboxing-video': { kinds: [], captureAs: ['uploaded-file'], title: /\bunboxing\b|开箱|拆箱|拆包/i },
  chat: {
    kinds: ['chat-transcript'],
    captureAs: ['chat-transcript', ...PAGE],
    title: /\bchat\b|\bmessages?\b|\bconversation\b|\be-?mails?\b|聊天|消息|沟通/i,
  },
  listing: { kinds: [], captureAs: PAGE, title: /\blisting\b|product page|item page|商品页|详情页|宝贝页/i },
  'inspection-report': {
    kinds: [],
    captureAs: ['uploaded-file'],
    title: /inspection|test report|\bSGS\b|\bT[ÜU]V\b|\bBV\b|\bCMA\b|\bCNAS\b|检测|检验|质检/i,
  },
  'authenticity-docs': {
    kinds: [],
    captureAs: ['uploaded-file'],
    title: /invoice|certificate|customs|authori[sz]ation|发票|报关|授权|合格证|进货/i,
  },
  'payment-proof': {
    kinds: [],
    captureAs: [...PAGE, 'uploaded-file'],
    title: /payment|receipt|statement|transaction|\bbank\b|付款|支付|账单|收据|流水/i,
  },
};

export function itemMeetsNeed(item: EvidenceItem, need: EvidenceNeed): boolean {
  if (item.tags?.includes(need)) return true;
  const m = needMatchers[need];
  if (m.kinds.includes(item.kind)) return true;
  if (!m.title?.test(item.title)) return false;
  return !m.notTitle?.test(item.title);
}

export interface NeedResult {
  need: EvidenceNeed;
  optional: boolean;
  note?: LocalizedText;
  /** Indexes into the items list of what covers this need. */
  matchedBy: number[];
}

export interface EvidenceCheck {
  met: NeedResult[];
  /** Required needs nothing covers yet. */
  missing: NeedResult[];
  /** Optional needs nothing covers: worth adding, not blocking. */
  optionalMissing: NeedResult[];
  /** Every required need is covered. */
  complete: boolean;
}

type NeedInput = Pick<StepEvidence, 'need'> & { optional?: boolean; note?: LocalizedText };

/** Which of a step's evidence needs the case's items cover, by tag, by kind or by title words. */
export function checkEvidence(needs: readonly NeedInput[], items: readonly EvidenceItem[]): EvidenceCheck {
  const result: EvidenceCheck = { met: [], missing: [], optionalMissing: [], complete: true };
  for (const n of needs) {
    const matchedBy = items.flatMap((item, i) => (itemMeetsNeed(item, n.need) ? [i] : []));
    const entry: NeedResult = {
      need: n.need,
      optional: n.optional ?? false,
      matchedBy,
      ...(n.note ? { note: n.note } : {}),
    };
    if (matchedBy.length > 0) result.met.push(entry);
    else if (entry.optional) result.optionalMissing.push(entry);
    else {
      result.missing.push(entry);
      result.complete = false;
    }
  }
  return result;
}
