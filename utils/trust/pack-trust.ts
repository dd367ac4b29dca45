import type { OrderProofDB } from '../db/database';
import type { Manifest } from '../export/manifest';
import {
  type Attestations,
  captureStampFile,
  MANIFEST_TOKEN_FILE,
  PUBLIC_KEY_FILE,
  SIGNATURE_ALGORITHM,
  SIGNATURE_FILE,
  TSA_CHAIN_FILE,
} from './attestations';
import { installationKey, publicKeyPem, readInstallationKey, signDer } from './installation-key';
import { readTsaSettings, tsaUrl } from './tsa-settings';
import { requestTimeStamp } from './tsp';
import { stampRecordSchema } from './records';
import { joinChains } from './pem';
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
 * The capture stamps of the pack's items that the authority has answered: the covered text and its
 * token, each as stamps/<item>.txt and stamps/<item>.txt.tsr. A masked pack carries none: the text
 * names each original by its plain hash, which the masked pack names only by a salted commitment.
 */
async function captureStampFiles(
  db: OrderProofDB,
  manifest: Pick<Manifest, 'evidence' | 'masking'>,
): Promise<{ files: TrustFile[]; chains: string[] }> {
  if (manifest.masking) return { files: [], chains: [] };
  const ids = manifest.evidence.map((e) => e.id);
  const files: TrustFile[] = [];
  const chains: string[] = [];
  for (const raw of await db.stamps.bulkGet(ids)) {
    const stamp = stampRecordSchema.safeParse(raw);
    if (!stamp.success || stamp.data.status !== 'stamped' || !stamp.data.token) continue;
    const path = captureStampFile(stamp.data.id);
    files.push({ path, bytes: new TextEncoder().encode(stamp.data.data), mime: 'text/plain' });
    files.push({ path: `${path}.tsr`, bytes: stamp.data.token, mime: 'application/timestamp-reply' });
    if (stamp.data.chainPem) chains.push(stamp.data.chainPem);
  }
  return { files, chains };
}

/**
 * The files made over manifest.json as written: its signature and the public key that checks it, and,
 * when the user turned time-stamping on, the authority's token over it with the authority's certificates.
 * An authority that cannot be reached leaves the pack without a token (the verifiers say it has none).
 * The items' capture stamps go in too, whatever the setting now: they were asked for when it was on.
 */
export async function packTrustFiles(
  db: OrderProofDB,
  manifestBytes: Uint8Array,
  manifest: Pick<Manifest, 'attestations' | 'evidence' | 'masking'>,
  fetcher: typeof fetch = fetch,
): Promise<TrustFile[]> {
  const attestations: Attestations | undefined = manifest.attestations;
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
  const captures = await captureStampFiles(db, manifest);
  const chains = [...captures.chains];
  const url = tsaUrl(await readTsaSettings(db));
  if (url) {
    try {
      const { token, facts } = await requestTimeStamp(url, manifestBytes, fetcher);
      files.push({ path: MANIFEST_TOKEN_FILE, bytes: token, mime: 'application/timestamp-reply' });
      chains.unshift(facts.chainPem);
    } catch (err) {
      console.warn('[OrderProof] the pack was not time-stamped:', err);
    }
  }
  files.push(...captures.files);
  // One file for every authority's certificates, so each token checks offline against it.
  if (chains.length)
    files.push({
      path: TSA_CHAIN_FILE,
      bytes: new TextEncoder().encode(joinChains(chains)),
      mime: 'application/x-pem-file',
    });
  return files;
}
