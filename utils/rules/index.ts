import { z } from 'zod';
import type { Role } from '../marketplaces/types';
import { alibabaRules } from './data/alibaba';
import { rules1688 } from './data/alibaba-1688';
import { aliexpressRules } from './data/aliexpress';
import { amazonRules } from './data/amazon';
import { demoShopRules } from './data/demo-shop';
import { douyinRules } from './data/douyin';
import { ebayRules } from './data/ebay';
import { etsyRules } from './data/etsy';
import { jdRules } from './data/jd';
import { lazadaRules } from './data/lazada';
import { paymentChannelRules } from './data/payment-channels';
import { pinduoduoRules } from './data/pinduoduo';
import { regulatorRules } from './data/regulators';
import { sheinRules } from './data/shein';
import { shopeeRules } from './data/shopee';
import { taobaoRules } from './data/taobao';
import { temuRules } from './data/temu';
import { tiktokShopRules } from './data/tiktok-shop';
import { walmartRules } from './data/walmart';
import { unpublishedSellerRules } from './data/sellers-unpublished';
import { wechatShopRules } from './data/wechat-shop';
import type { Scenario } from './ids';
import { rulesEntrySchema, type RulesEntry } from './schema';

export * from './deadlines';
export * from './drafts';
export * from './evidence-check';
export * from './ids';
export * from './owners';
export * from './scenarios';
export * from './schema';

function describe(input: unknown, index: number): string {
  const id = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : '(no id)';
  return `rules entry #${index} "${id}"`;
}

/**
 * Validates entries one by one, then the links between them. Throws on the first bad entry with
 * its id and every problem in it, so a data mistake fails loudly at load instead of showing a
 * wrong deadline later.
 */
export function parseRules(inputs: readonly unknown[]): RulesEntry[] {
  const entries = inputs.map((input, i) => {
    const result = rulesEntrySchema.safeParse(input);
    if (!result.success) throw new Error(`Invalid ${describe(input, i)}:\n${z.prettifyError(result.error)}`);
    return result.data;
  });
  const byId = new Map<string, RulesEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`Duplicate rules entry id "${entry.id}"`);
    byId.set(entry.id, entry);
  }
  for (const entry of entries) {
    for (const path of entry.escalation) {
      const target = byId.get(path.to);
      if (!target) throw new Error(`Rules entry "${entry.id}" escalates to unknown entry "${path.to}"`);
      if (target.ownerKind !== path.kind) {
        throw new Error(
          `Rules entry "${entry.id}" escalates to "${path.to}" as a ${path.kind}, but it is a ${target.ownerKind}`,
        );
      }
      if (target.id === entry.id) throw new Error(`Rules entry "${entry.id}" escalates to itself`);
    }
  }
  return entries;
}

export const allRules: readonly RulesEntry[] = parseRules([
  ...amazonRules,
  ...ebayRules,
  ...aliexpressRules,
  ...temuRules,
  ...sheinRules,
  ...tiktokShopRules,
  ...shopeeRules,
  ...lazadaRules,
  ...etsyRules,
  ...walmartRules,
  ...alibabaRules,
  ...taobaoRules,
  ...jdRules,
  ...pinduoduoRules,
  ...douyinRules,
  ...rules1688,
  ...wechatShopRules,
  ...unpublishedSellerRules,
  ...demoShopRules,
  ...paymentChannelRules,
  ...regulatorRules,
]);

/** Entries for a platform, payment channel or regulator id, optionally for one role. */
export function rulesFor(platformId: string, role?: Role): RulesEntry[] {
  return allRules.filter((r) => r.owner === platformId && (role === undefined || r.role === role));
}

/** The scenarios a platform has rules for, in the order the data lists them. */
export function scenariosFor(platformId: string, role: Role): Scenario[] {
  return [...new Set(rulesFor(platformId, role).map((r) => r.scenario))];
}

export function ruleById(id: string): RulesEntry | undefined {
  return allRules.find((r) => r.id === id);
}

/** The entry for one platform, role and scenario, if there is one. */
export function ruleFor(platformId: string, role: Role, scenario: Scenario): RulesEntry | undefined {
  return ruleById(`${platformId}.${role}.${scenario}`);
}
