import { sha256Hex } from '../hash';

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** DER bytes as a PEM block (64 characters a line), the form openssl reads. */
export function toPem(der: Uint8Array, label: string): string {
  const lines = base64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Every PEM block with this label, decoded; text outside the blocks is ignored. */
export function fromPem(text: string, label: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`, 'g');
  for (const m of text.matchAll(re)) {
    const bin = atob((m[1] ?? '').replace(/\s+/g, ''));
    out.push(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  }
  return out;
}

/**
 * The key's fingerprint: SHA-256 of its SubjectPublicKeyInfo, in hex. Anyone can recompute it with
 * `openssl pkey -pubin -in installation-key.pem -outform DER | sha256sum`.
 */
export function keyFingerprint(spki: Uint8Array): Promise<string> {
  return sha256Hex(spki);
}

/** A fingerprint in groups of four, easier to read aloud and compare by eye. */
export function groupFingerprint(hex: string): string {
  return hex.match(/.{1,4}/g)?.join(' ') ?? hex;
}

/** Several PEM chains as one, each certificate once (by its exact block), in first-seen order. */
export function joinChains(chains: readonly string[]): string {
  const seen = new Set<string>();
  for (const chain of chains)
    for (const m of chain.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g))
      seen.add(`${m[0].replace(/\r/g, '')}\n`);
  return [...seen].join('');
}
