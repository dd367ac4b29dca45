import type { OrderProofDB } from '../db/database';
import {
  type Attestations,
  MANIFEST_TOKEN_FILE,
  PUBLIC_KEY_FILE,
  SIGNATURE_ALGORITHM,
  SIGNATURE_FILE,
  TSA_CHAIN_FILE,
} from './attestations';
import { installationKey, publicKeyPem, readInstallationKey, signDer } from './installation-key';
import { readTsaSettings, tsaUrl } from './tsa-settings';
import { requestTimeStamp } from './tsp';
import { errorText } from '../error-text';

/** A file the pack gets after manifest.json: a signature, a key, a token, over what is already written. */
export interface TrustFile {
  path: string;
  bytes: Uint8Array;
  mime: string;
}

/**
 * What the manifest says about its signature, decided before it is written: the installation key
 * (made the first time). A key that cannot be made (e.g. writes stopped) leaves the pack unsigned, saying why.
 */
export async function packAttestations(db: OrderProofDB): Promise<{ attestations: Attestations }> {
  try {
    const key = await installationKey(db);
    return {
      attestations: {
        installationKey: {
          algorithm: SIGNATURE_ALGORITHM,
          fingerprint: key.fingerprint,
          publicKey: PUBLIC_KEY_FILE,
          signature: SIGNATURE_FILE,
        },
      },
    };
  } catch (err) {
    return {
      attestations: {
        unsigned: `the installation key could not be made or read: ${errorText(err)}`,
      },
    };
  }
}

/**
 * The files made over manifest.json as written: its signature and the public key that checks it, and,
 * when the user turned time-stamping on, the authority's token over it with the authority's certificates.
 * An authority that cannot be reached leaves the pack without a token (the verifiers say it has none).
 */
export async function packTrustFiles(
  db: OrderProofDB,
  manifestBytes: Uint8Array,
  attestations: Attestations | undefined,
  fetcher: typeof fetch = fetch,
): Promise<TrustFile[]> {
  const files: TrustFile[] = [];
  const key = attestations?.installationKey ? await readInstallationKey(db) : undefined;
  if (key && key.fingerprint === attestations?.installationKey?.fingerprint) {
    files.push({
      path: SIGNATURE_FILE,
      bytes: await signDer(key.privateKey, manifestBytes),
      mime: 'application/octet-stream',
    });
    files.push({
      path: PUBLIC_KEY_FILE,
      bytes: new TextEncoder().encode(publicKeyPem(key.spki)),
      mime: 'application/x-pem-file',
    });
  }
  const url = tsaUrl(await readTsaSettings(db));
  if (url) {
    try {
      const { token, facts } = await requestTimeStamp(url, manifestBytes, fetcher);
      files.push({ path: MANIFEST_TOKEN_FILE, bytes: token, mime: 'application/timestamp-reply' });
      files.push({
        path: TSA_CHAIN_FILE,
        bytes: new TextEncoder().encode(facts.chainPem),
        mime: 'application/x-pem-file',
      });
    } catch (err) {
      console.warn('[OrderProof] the pack was not time-stamped:', err);
    }
  }
  return files;
}
