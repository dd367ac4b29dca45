import { bytesToHex } from '@noble/hashes/utils.js';
import { sealEntry } from '../audit/chain';
import { canonicalJson, sha256HexSync, ZERO_HASH } from '../hash';
import type { AuditEntry } from '../schemas/records';

/**
 * A masked pack must not carry the SHA-256 of an original it masks: a masked phone number's hash can
 * be brute-forced in an hour. In its place it carries a salted commitment, sha256(salt ":" hash). The
 * salt is random per pack and kept only in the library's log (the export entry recorded once the pack
 * is saved), so the owner can reveal it to someone who holds the original, who can then check it.
 */
export const COMMITMENT_SCHEME = 'sha256(salt ":" original-sha256)';

export function newSalt(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
}

export function commitment(salt: string, value: string): string {
  return sha256HexSync(new TextEncoder().encode(`${salt}:${value}`));
}

function replaceExact(value: unknown, swap: (s: string) => string | undefined): unknown {
  if (typeof value === 'string') return swap(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceExact(v, swap));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceExact(v, swap)]));
  return value;
}

/**
 * The masked pack's own copy of the log. Every original hash in it becomes its commitment, and an
 * entry that would still reveal one (inside longer text) or holds an earlier pack's salt keeps only a
 * commitment to its details. The library's entry hashes cannot stay either (each is a hash over an
 * original's hash, so a guess could be confirmed through it): the copy is sealed as a chain of its own,
 * and the library's export entry records that chain's head.
 */
export function maskedLog(audit: readonly AuditEntry[], secrets: ReadonlySet<string>, salt: string): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prevHash = ZERO_HASH;
  for (const e of audit) {
    let details = replaceExact(e.details, (s) => (secrets.has(s) ? commitment(salt, s) : undefined)) as Record<
      string,
      unknown
    >;
    const text = canonicalJson(details);
    if ('salt' in e.details || [...secrets].some((s) => text.includes(s)))
      details = { masked: commitment(salt, canonicalJson(e.details)) };
    const sealed = sealEntry({
      seq: e.seq,
      caseId: e.caseId,
      at: e.at,
      action: e.action,
      ...(e.evidenceId ? { evidenceId: e.evidenceId } : {}),
      details,
      prevHash,
    });
    out.push(sealed);
    prevHash = sealed.hash;
  }
  return out;
}
