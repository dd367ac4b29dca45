import type { Case } from '../schemas/records';
import type { CaseContext } from './deadlines';

/** What a stored case knows that picks its rules: its market and its answers. */
export function caseContext(c: Pick<Case, 'market' | 'facts'>): CaseContext {
  return { ...(c.market ? { market: c.market } : {}), facts: c.facts ?? {} };
}
