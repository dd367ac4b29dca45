import { z } from 'zod';

// What a case records about its market and the facts that pick a rule. The rules (utils/rules/markets.ts,
// facts.ts) give these their meaning; the schemas live here so the records do not depend on the rules.

/**
 * The market (country) whose rules apply: an ISO 3166 alpha-2 code. `EU` is the one group code: EU
 * consumer law binds every member state.
 */
export const marketCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'a market is an ISO 3166 country code such as US or PH');
export type MarketCode = z.infer<typeof marketCodeSchema>;

/** The case's answers: fact id → option value. A missing key means "not answered yet". */
export const caseFactsSchema = z.record(z.string().min(1).max(64), z.string().min(1).max(64));
export type CaseFacts = z.infer<typeof caseFactsSchema>;
