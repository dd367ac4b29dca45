import { z } from 'zod';

/** Marketplaces with rules. `taobao` covers Tmall too; `douyin` is 抖店 / Douyin shop. */
export const PLATFORM_IDS = [
  'amazon',
  'ebay',
  'aliexpress',
  'temu',
  'shein',
  'tiktok-shop',
  'shopee',
  'lazada',
  'etsy',
  'walmart',
  'alibaba',
  'taobao',
  'jd',
  'pinduoduo',
  'douyin',
  '1688',
  /** 微信小店 (WeChat shops, incl. 视频号小店). */
  'wechat-shop',
  'demo-shop',
] as const;

/**
 * Platforms with rules but no page OrderProof reads: WeChat 小店 orders live inside the WeChat app, so
 * there is no marketplace adapter; its rules serve `npm run guide` and are kept checked like the others.
 */
export const PLATFORMS_WITHOUT_PAGES: readonly (typeof PLATFORM_IDS)[number][] = ['wechat-shop'];

export const CHANNEL_IDS = ['paypal', 'card-chargeback', 'us-fcba', 'alipay', 'wechat-pay', 'unionpay'] as const;

/** Regulators, consumer bodies and the police: the routes outside the platform and the payment. */
export const REGULATOR_IDS = [
  'cn-12315',
  'cn-consumer-association',
  'cn-police',
  'econsumer-gov',
  'uk-consumer',
  'eu-consumer',
  'cfpb',
  'tw-consumer',
] as const;

export const platformIdSchema = z.enum(PLATFORM_IDS);
export const channelIdSchema = z.enum(CHANNEL_IDS);
export const regulatorIdSchema = z.enum(REGULATOR_IDS);
export const ownerIdSchema = z.enum([...PLATFORM_IDS, ...CHANNEL_IDS, ...REGULATOR_IDS]);
export const ownerKindSchema = z.enum(['platform', 'payment-channel', 'regulator']);

export type PlatformId = z.infer<typeof platformIdSchema>;
export type ChannelId = z.infer<typeof channelIdSchema>;
export type RegulatorId = z.infer<typeof regulatorIdSchema>;
export type OwnerId = z.infer<typeof ownerIdSchema>;
export type OwnerKind = z.infer<typeof ownerKindSchema>;

export function ownerKindOf(owner: OwnerId): OwnerKind {
  if ((CHANNEL_IDS as readonly string[]).includes(owner)) return 'payment-channel';
  if ((REGULATOR_IDS as readonly string[]).includes(owner)) return 'regulator';
  return 'platform';
}

export const BUYER_SCENARIOS = [
  'not-received',
  /** Includes defective items. */
  'not-as-described',
  'damaged',
  'counterfeit',
  'wrong-item',
  'return-not-refunded',
  /** The listing or the price changed after the order. */
  'listing-changed',
  'seller-not-answering',
  /** Return without a reason (七日无理由退货, Amazon returns, EU/UK withdrawal). */
  'change-of-mind',
] as const;

export const SELLER_SCENARIOS = [
  /** A buyer opened a claim, dispute or return request the seller must answer. */
  'claim-response',
  /** Includes a malicious return. */
  'malicious-refund',
  'buyer-fraud',
  'chargeback',
  'complaint-against-buyer',
] as const;

/** Payment channels and regulators: one flow whatever went wrong with the order. */
export const GENERAL_SCENARIO = 'general' as const;

export const scenarioSchema = z.enum([...BUYER_SCENARIOS, ...SELLER_SCENARIOS, GENERAL_SCENARIO]);
export type Scenario = z.infer<typeof scenarioSchema>;
export type BuyerScenario = (typeof BUYER_SCENARIOS)[number];
export type SellerScenario = (typeof SELLER_SCENARIOS)[number];
