import * as asn1js from 'asn1js';
import { createCMSECDSASignature, createECDSASignatureFromCMS } from 'pkijs';
import type { OrderProofDB } from '../db/database';
import { fromPem, keyFingerprint, toPem } from './pem';
import { keyRecordSchema } from './records';

/**
 * The installation key: one ECDSA P-256 key made in this browser the first time a pack is signed.
 * Its private half is a non-extractable CryptoKey kept in IndexedDB, so no script (ours included)
 * can read it out; only this installation can sign with it. It proves that packs carrying the same
 * fingerprint come from the same installation and were not changed after signing. It says nothing
 * about who the user is, nor when a pack was made.
 */
export const INSTALLATION_KEY_ID = 'installation';
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** P-256 coordinates are 32 bytes: what WebCrypto's raw r||s signature is made of. */
const POINT_SIZE = 32;

export interface InstallationKey {
  privateKey: CryptoKey;
  spki: Uint8Array;
  fingerprint: string;
  createdAt: number;
}

async function withFingerprint(r: {
  privateKey: CryptoKey;
  spki: Uint8Array;
  createdAt: number;
}): Promise<InstallationKey> {
  return { ...r, fingerprint: await keyFingerprint(r.spki) };
}

/** The key if one was made already; undefined otherwise (nothing is created). */
export async function readInstallationKey(db: OrderProofDB): Promise<InstallationKey | undefined> {
  const row = keyRecordSchema.safeParse(await db.keys.get(INSTALLATION_KEY_ID));
  return row.success ? withFingerprint(row.data) : undefined;
}

/** The installation key, made and stored the first time. Two pages asking at once keep the first one stored. */
export async function installationKey(db: OrderProofDB): Promise<InstallationKey> {
  const existing = await readInstallationKey(db);
  if (existing) return existing;
  const pair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const made = { id: INSTALLATION_KEY_ID, privateKey: pair.privateKey, spki, createdAt: Date.now() };
  await db.transaction('rw', db.keys, async () => {
    if (!(await db.keys.get(INSTALLATION_KEY_ID))) await db.keys.add(made);
  });
  const stored = await readInstallationKey(db);
  if (!stored) throw new Error('The installation key could not be stored');
  return stored;
}

/** An ECDSA signature over `data` as DER (what `openssl dgst -sha256 -verify` reads). */
export async function signDer(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  const raw = await crypto.subtle.sign(SIGN, key, data as Uint8Array<ArrayBuffer>);
  return new Uint8Array(createCMSECDSASignature(raw));
}

export function publicKeyPem(spki: Uint8Array): string {
  return toPem(spki, 'PUBLIC KEY');
}

export type SignatureCheck = { ok: true; fingerprint: string } | { ok: false; fingerprint?: string; problem: string };

/** Checks a DER ECDSA P-256 signature over `data` against a PEM public key; names what is wrong. */
export async function verifyDerSignature(
  data: Uint8Array,
  signature: Uint8Array,
  pem: string,
): Promise<SignatureCheck> {
  const spki = fromPem(pem, 'PUBLIC KEY')[0];
  if (!spki) return { ok: false, problem: 'the public key file holds no PEM public key' };
  const fingerprint = await keyFingerprint(spki);
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('spki', spki as Uint8Array<ArrayBuffer>, ALGORITHM, true, ['verify']);
  } catch {
    return { ok: false, fingerprint, problem: 'the public key is not an ECDSA P-256 key' };
  }
  const asn = asn1js.fromBER(signature as Uint8Array<ArrayBuffer>);
  if (asn.offset === -1 || !(asn.result instanceof asn1js.Sequence))
    return { ok: false, fingerprint, problem: 'the signature is not a DER ECDSA signature' };
  let raw: ArrayBuffer;
  try {
    raw = createECDSASignatureFromCMS(asn.result, POINT_SIZE);
  } catch {
    return { ok: false, fingerprint, problem: 'the signature is not a DER ECDSA signature' };
  }
  const good = await crypto.subtle.verify(SIGN, key, raw, data as Uint8Array<ArrayBuffer>);
  return good
    ? { ok: true, fingerprint }
    : {
        ok: false,
        fingerprint,
        problem:
          'the signature does not match manifest.json under this key: the manifest was changed after signing, or another key signed it',
      };
}
