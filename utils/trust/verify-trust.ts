import { type Attestations, isAttestationFile, PUBLIC_KEY_FILE, SIGNATURE_FILE } from './attestations';
import { verifyDerSignature } from './installation-key';

/** What the signature and timestamps of a pack establish, for the verifiers to show. */
export interface TrustReport {
  /** The installation key's fingerprint when the signature over manifest.json holds. */
  signedBy?: string;
}

/**
 * Checks the files made over manifest.json (utils/trust/attestations.ts) against the bytes they cover.
 * Pure and worker-safe: WebCrypto and pkijs only. Problems name the file; notes say what is not proven.
 */
export async function checkTrust(entries: ReadonlyMap<string, Uint8Array>, attestations: Attestations | undefined): Promise<{ problems: string[]; notes: string[]; trust: TrustReport }> {
  const problems: string[] = [];
  const notes: string[] = [];
  const trust: TrustReport = {};
  const manifestBytes = entries.get('manifest.json') ?? new Uint8Array();
  const sig = entries.get(SIGNATURE_FILE);
  const pem = entries.get(PUBLIC_KEY_FILE);
  const claimed = attestations?.installationKey;
  if (!sig && !pem) {
    if (claimed) problems.push(`${SIGNATURE_FILE} and ${PUBLIC_KEY_FILE} are missing, but manifest.json says the pack was signed (key ${claimed.fingerprint})`);
    else notes.push(`Not signed: ${attestations?.unsigned ?? 'the pack carries no installation-key signature (packs made before OrderProof signed them)'}.`);
  } else if (!sig || !pem) {
    problems.push(`${sig ? PUBLIC_KEY_FILE : SIGNATURE_FILE} is missing: the signature over manifest.json cannot be checked`);
  } else {
    const check = await verifyDerSignature(manifestBytes, sig, new TextDecoder().decode(pem));
    if (!check.ok) problems.push(`${SIGNATURE_FILE}: ${check.problem}`);
    else if (claimed && claimed.fingerprint !== check.fingerprint) problems.push(`${PUBLIC_KEY_FILE}: its fingerprint ${check.fingerprint} is not the one manifest.json names (${claimed.fingerprint})`);
    else {
      trust.signedBy = check.fingerprint;
      notes.push(
        `Signed by installation key ${check.fingerprint}: manifest.json is unchanged since that OrderProof installation signed it, and every pack with this fingerprint came from the same installation. The signature says nothing about who the user is, nor when it was made.`,
      );
    }
  }
  for (const path of entries.keys()) {
    if (isAttestationFile(path) && ![SIGNATURE_FILE, PUBLIC_KEY_FILE].includes(path)) problems.push(`${path}: a timestamp file this verifier does not check`);
  }
  return { problems, notes, trust };
}
