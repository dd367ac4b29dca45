import { canonicalJson, sha256HexSync, ZERO_HASH } from '../hash';
import type { AuditEntry } from '../schemas/records';

export type UnsealedEntry = Omit<AuditEntry, 'hash'>;

const encoder = new TextEncoder();

/** The hash of an entry covers every field but the hash itself, canonically serialised. */
export function hashEntry(entry: UnsealedEntry): string {
  const { seq, caseId, at, action, evidenceId, details, prevHash } = entry;
  return sha256HexSync(encoder.encode(canonicalJson({ seq, caseId, at, action, evidenceId, details, prevHash })));
}

export function sealEntry(entry: UnsealedEntry): AuditEntry {
  return { ...entry, hash: hashEntry(entry) };
}

export interface ChainProblem {
  seq: number;
  problem: 'hash-mismatch' | 'broken-link' | 'gap';
  message: string;
}

/** Walks one case's chain in order and names every entry that does not fit. */
export function verifyChain(entries: readonly AuditEntry[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev = ZERO_HASH;
  entries.forEach((entry, index) => {
    if (entry.seq !== index) {
      problems.push({
        seq: entry.seq,
        problem: 'gap',
        message: `audit entry ${entry.seq} found where ${index} was expected`,
      });
    }
    if (entry.prevHash !== prev) {
      problems.push({
        seq: entry.seq,
        problem: 'broken-link',
        message: `audit entry ${entry.seq} does not point at the entry before it`,
      });
    }
    const actual = hashEntry(entry);
    if (actual !== entry.hash) {
      problems.push({
        seq: entry.seq,
        problem: 'hash-mismatch',
        message: `audit entry ${entry.seq} (${entry.action}) was altered: its content no longer matches its hash`,
      });
    }
    prev = entry.hash;
  });
  return problems;
}

export function chainHead(entries: readonly AuditEntry[]): string {
  return entries.at(-1)?.hash ?? ZERO_HASH;
}
