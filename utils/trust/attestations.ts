import { z } from 'zod';

/**
 * Files a pack carries beside manifest.json that are made over it, so the manifest cannot list them,
 * nor can the export entry inside it bind them: each is checked against what it covers instead.
 */
export const SIGNATURE_FILE = 'manifest.json.sig';
export const PUBLIC_KEY_FILE = 'installation-key.pem';
export const MANIFEST_TOKEN_FILE = 'manifest.json.tsr';
export const TSA_CHAIN_FILE = 'tsa-chain.pem';
/** Capture stamps: `stamps/<item>.txt` (the hashes stamped at capture time) and its `.txt.tsr`. */
export const STAMPS_FOLDER = 'stamps/';
const CAPTURE_STAMP_PATH = /^stamps\/([A-Za-z0-9_-]{1,80})\.txt(\.tsr)?$/;

export function captureStampFile(itemId: string): string {
  return `${STAMPS_FOLDER}${itemId}.txt`;
}

/** The item a capture stamp file is for, and whether it is the token; undefined for any other path. */
export function captureStampPath(path: string): { item: string; token: boolean } | undefined {
  const m = CAPTURE_STAMP_PATH.exec(path);
  return m ? { item: m[1]!, token: Boolean(m[2]) } : undefined;
}

export function isAttestationFile(path: string): boolean {
  return (
    [SIGNATURE_FILE, PUBLIC_KEY_FILE, MANIFEST_TOKEN_FILE, TSA_CHAIN_FILE].includes(path) ||
    captureStampPath(path) !== undefined
  );
}

/** The manifest's `attestations`: what the files above are. Signed and stamped with the manifest, bound by neither. */
export const attestationsSchema = z.object({
  installationKey: z
    .object({
      algorithm: z.string(),
      /** SHA-256 of the public key's SubjectPublicKeyInfo, hex. */
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
      publicKey: z.literal(PUBLIC_KEY_FILE),
      signature: z.literal(SIGNATURE_FILE),
    })
    .optional(),
  /** Why the pack carries no signature, when it could not be made. */
  unsigned: z.string().optional(),
});
export type Attestations = z.infer<typeof attestationsSchema>;

export const SIGNATURE_ALGORITHM = 'ECDSA P-256 with SHA-256, DER signature over the bytes of manifest.json';
