import { describe, expect, it } from 'vitest';
import { chainHead, sealEntry, verifyChain } from '../../../utils/audit/chain';
import { ZERO_HASH } from '../../../utils/hash';
import type { AuditEntry } from '../../../utils/schemas/records';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      sealEntry({
        seq: i,
        caseId: 'case-0001',
        at: 1_700_000_000_000 + i,
        action: i ? 'attach' : 'create',
        details: { i },
        prevHash: out.at(-1)?.hash ?? ZERO_HASH,
      }),
    );
  }
  return out;
}

describe('audit hash chain', () => {
  it('accepts an intact chain and reports its head', () => {
    const c = chain(4);
    expect(verifyChain(c)).toEqual([]);
    expect(chainHead(c)).toBe(c[3]!.hash);
    expect(chainHead([])).toBe(ZERO_HASH);
  });

  it('names an entry whose content was altered', () => {
    const c = chain(4);
    c[2] = { ...c[2]!, details: { i: 99 } };
    const problems = verifyChain(c);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ seq: 2, problem: 'hash-mismatch' });
  });

  it('names a removed entry and a re-sealed forgery', () => {
    const c = chain(4);
    const removed = [c[0]!, c[1]!, c[3]!];
    expect(verifyChain(removed).map((p) => p.problem)).toEqual(['gap', 'broken-link']);
    const forged = chain(4);
    forged[1] = sealEntry({ ...forged[1]!, details: { forged: true } });
    expect(verifyChain(forged)).toEqual([expect.objectContaining({ seq: 2, problem: 'broken-link' })]);
  });

  it('hashes key order independently (canonical JSON)', () => {
    const a = sealEntry({
      seq: 0,
      caseId: 'case-0001',
      at: 1,
      action: 'create',
      details: { a: 1, b: 2 },
      prevHash: ZERO_HASH,
    });
    const b = sealEntry({
      seq: 0,
      caseId: 'case-0001',
      at: 1,
      action: 'create',
      details: { b: 2, a: 1 },
      prevHash: ZERO_HASH,
    });
    expect(a.hash).toBe(b.hash);
  });
});
