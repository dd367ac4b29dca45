import {
  type Attestations,
  captureStampPath,
  isAttestationFile,
  MANIFEST_TOKEN_FILE,
  PUBLIC_KEY_FILE,
  SIGNATURE_FILE,
  TSA_CHAIN_FILE,
} from './attestations';
import { verifyDerSignature } from './installation-key';
import { certificatesFromPem, checkToken } from './tsp';
import { type CaptureStampInput, type CaptureTime, checkCaptureStamps } from './verify-capture-stamps';

/** A trusted time beside the local clock's claim of the same moment. */
export interface TrustedTime {
  file: string;
  authority: string;
  /** The authority's time, ISO. */
  trusted: string;
  /** What the local clock said (the manifest's generatedAt), ISO, when known. */
  local?: string;
  /** trusted − local, in ms. */
  skewMs?: number;
  /** The skew is larger than SKEW_LIMIT_MS: the local clock was off, or the file was stamped later. */
  skewed: boolean;
  /** Whether the authority's chain was checked against roots the verifier was given. */
  rootChecked: boolean;
}

/** What the signature and timestamps of a pack establish, for the verifiers to show. */
export interface TrustReport {
  /** The installation key's fingerprint when the signature over manifest.json holds. */
  signedBy?: string;
  times: TrustedTime[];
  /** Each capture stamp that held, with its wait after the capture's local time. */
  captures: CaptureTime[];
}

export interface TrustOptions {
  /** The local time the pack claims for manifest.json (its generatedAt). */
  localTime?: string;
  /** PEM certificates of the authorities the verifier trusts; without them the chain is reported, not judged. */
  tsaRoots?: string;
  /** The pack's items, log and file hashes, to tie each capture stamp (stamps/) to what it names. */
  pack?: Pick<CaptureStampInput, 'items' | 'audit' | 'fileHashes'>;
}

/** A skew beyond this between the authority's time and the local clock is flagged. */
export const SKEW_LIMIT_MS = 10 * 60 * 1000;

function minutes(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60000);
  return m >= 120 ? `${Math.round(m / 60)} hours` : `${m} minutes`;
}

/**
 * Checks the files made over manifest.json (utils/trust/attestations.ts) against the bytes they cover.
 * Pure and worker-safe: WebCrypto and pkijs only. Problems name the file; notes say what is not proven.
 */
export async function checkTrust(
  entries: ReadonlyMap<string, Uint8Array>,
  attestations: Attestations | undefined,
  options: TrustOptions = {},
): Promise<{ problems: string[]; notes: string[]; trust: TrustReport }> {
  const problems: string[] = [];
  const notes: string[] = [];
  const trust: TrustReport = { times: [], captures: [] };
  const manifestBytes = entries.get('manifest.json') ?? new Uint8Array();
  const sig = entries.get(SIGNATURE_FILE);
  const pem = entries.get(PUBLIC_KEY_FILE);
  const claimed = attestations?.installationKey;
  if (!sig && !pem) {
    if (claimed)
      problems.push(
        `${SIGNATURE_FILE} and ${PUBLIC_KEY_FILE} are missing, but manifest.json says the pack was signed (key ${claimed.fingerprint})`,
      );
    else
      notes.push(
        `Not signed: ${attestations?.unsigned ?? 'the pack carries no installation-key signature (packs made before OrderProof signed them)'}.`,
      );
  } else if (!sig || !pem) {
    problems.push(
      `${sig ? PUBLIC_KEY_FILE : SIGNATURE_FILE} is missing: the signature over manifest.json cannot be checked`,
    );
  } else {
    const check = await verifyDerSignature(manifestBytes, sig, new TextDecoder().decode(pem));
    if (!check.ok) problems.push(`${SIGNATURE_FILE}: ${check.problem}`);
    else if (claimed && claimed.fingerprint !== check.fingerprint)
      problems.push(
        `${PUBLIC_KEY_FILE}: its fingerprint ${check.fingerprint} is not the one manifest.json names (${claimed.fingerprint})`,
      );
    else {
      trust.signedBy = check.fingerprint;
      notes.push(
        `Signed by installation key ${check.fingerprint}: manifest.json is unchanged since that OrderProof installation signed it, and every pack with this fingerprint came from the same installation. The signature says nothing about who the user is, nor when it was made.`,
      );
    }
  }
  const token = entries.get(MANIFEST_TOKEN_FILE);
  // No token is the default (time-stamping is off): the verifiers say so from `trust.times` being empty.
  if (token) {
    const roots = options.tsaRoots ? certificatesFromPem(options.tsaRoots) : undefined;
    const check = await checkToken(token, manifestBytes, roots);
    if (!check.ok) problems.push(`${MANIFEST_TOKEN_FILE}: ${check.problem}`);
    else if (check.facts) {
      const trusted = check.facts.genTime;
      const local = options.localTime ? new Date(options.localTime) : undefined;
      const skewMs = local && !Number.isNaN(local.getTime()) ? trusted.getTime() - local.getTime() : undefined;
      const time: TrustedTime = {
        file: 'manifest.json',
        authority: check.facts.authority,
        trusted: trusted.toISOString(),
        ...(local && skewMs !== undefined ? { local: local.toISOString(), skewMs } : {}),
        skewed: skewMs !== undefined && Math.abs(skewMs) > SKEW_LIMIT_MS,
        rootChecked: Boolean(roots?.length),
      };
      trust.times.push(time);
      notes.push(
        `Trusted time for manifest.json: ${time.trusted} from ${time.authority}${time.local ? `; the computer's clock said ${time.local}` : ''}. manifest.json (and so every file it records) existed at that time.`,
      );
      if (time.skewed && skewMs !== undefined)
        notes.push(
          `Clock skew: the trusted time is ${minutes(skewMs)} ${skewMs > 0 ? 'after' : 'before'} the computer's clock; the pack's other times come from that clock.`,
        );
      if (!time.rootChecked)
        notes.push(
          `The authority's certificates are in ${TSA_CHAIN_FILE}, but whether to trust that authority is for you to decide: check its root against the one the authority publishes (openssl ts -verify … -CAfile <its root>).`,
        );
    }
  }
  const captures = await checkCaptureStamps({
    entries,
    items: options.pack?.items ?? [],
    audit: options.pack?.audit ?? [],
    fileHashes: options.pack?.fileHashes ?? new Map(),
    ...(options.tsaRoots ? { roots: certificatesFromPem(options.tsaRoots) } : {}),
    skewLimitMs: SKEW_LIMIT_MS,
  });
  problems.push(...captures.problems);
  notes.push(...captures.notes);
  trust.captures = captures.times;
  if (captures.times.length && !options.tsaRoots && !token)
    notes.push(
      `The authority's certificates are in ${TSA_CHAIN_FILE}, but whether to trust that authority is for you to decide: check its root against the one the authority publishes (openssl ts -verify -data stamps/<item>.txt -in stamps/<item>.txt.tsr -CAfile <its root>).`,
    );
  for (const path of entries.keys()) {
    if (
      isAttestationFile(path) &&
      !captureStampPath(path) &&
      ![SIGNATURE_FILE, PUBLIC_KEY_FILE, MANIFEST_TOKEN_FILE, TSA_CHAIN_FILE].includes(path)
    )
      problems.push(`${path}: a timestamp file this verifier does not check`);
  }
  return { problems, notes, trust };
}
