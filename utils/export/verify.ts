import { hashEntry } from '../audit/chain';
import { canonicalJson, sha256Hex, ZERO_HASH } from '../hash';
import type { AuditEntry } from '../schemas/records';
import { safeUnzip } from '../zip/safe-unzip';
import { type Manifest, manifestSchema } from './manifest';
import { checkBinding, checkExpectedHead, checkItemsAgainstLog, type PresentFile } from './pack-binding';
import { isAttestationFile } from '../trust/attestations';
import { checkTrust, type TrustReport } from '../trust/verify-trust';
import { errorText } from '../error-text';

export interface VerifyReport {
  ok: boolean;
  filesChecked: number;
  entriesChecked: number;
  /** One plain sentence per problem, naming the file, log entry or manifest field. */
  problems: string[];
  /** What the checks could not cover (e.g. an older pack whose reports the log does not bind). */
  notes: string[];
  /** The signature and trusted times that held (utils/trust/verify-trust.ts). */
  trust?: TrustReport;
}

export interface VerifyOptions {
  /** The log head the verifier was given beforehand (out of band): a cut, extended or re-sealed log is caught. */
  expectedHead?: string;
  /** PEM root certificates of the time-stamp authorities the verifier trusts (e.g. `npm run verify -- --tsa-ca`). */
  tsaRoots?: string;
  /** SHA-256 digests already started as the files were read (by path): each file is then not hashed again. */
  digests?: ReadonlyMap<string, Promise<string>>;
}

/** Lets the page paint between slices of a long check. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const CHAIN_SLICE = 2000;

/** Walks one case's chain in order, as chain.ts's verifyChain does, yielding between slices. */
export async function checkChain(entries: readonly AuditEntry[]): Promise<string[]> {
  const problems: string[] = [];
  let prev = ZERO_HASH;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.seq !== i) problems.push(`audit entry ${entry.seq} found where ${i} was expected`);
    if (entry.prevHash !== prev) problems.push(`audit entry ${entry.seq} does not point at the entry before it`);
    if (hashEntry(entry) !== entry.hash)
      problems.push(`audit entry ${entry.seq} (${entry.action}) was altered: its content no longer matches its hash`);
    prev = entry.hash;
    if (i % CHAIN_SLICE === CHAIN_SLICE - 1) await breathe();
  }
  return problems;
}

/** Checks a pack as anyone could: every file against manifest.json, SHA256SUMS and its export entry, and the log. */
export async function verifyPack(zipBytes: Uint8Array, options: VerifyOptions = {}): Promise<VerifyReport> {
  let entries: Map<string, Uint8Array>;
  try {
    entries = safeUnzip(zipBytes);
  } catch (err) {
    return {
      ok: false,
      filesChecked: 0,
      entriesChecked: 0,
      problems: [`Not a readable ZIP: ${errorText(err)}`],
      notes: [],
    };
  }
  const { ok, filesChecked, entriesChecked, problems, notes, trust } = await verifyPackEntries(entries, options);
  return { ok, filesChecked, entriesChecked, problems, notes, ...(trust ? { trust } : {}) };
}

const HASH_BATCH_BYTES = 32 * 1024 * 1024;

/** The largest manifest.json read: the schema check runs only on text below this size. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** Structured facts the manifest repeats from a file beside them: they must say the same. */
function checkFactsAgainstFiles(raw: Record<string, unknown>, entries: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const items = Array.isArray(raw.evidence) ? (raw.evidence as Record<string, unknown>[]) : [];
  for (const item of items) {
    if (item.deletedAt !== undefined) continue;
    const files = Array.isArray(item.files) ? (item.files as { name?: unknown; path?: unknown }[]) : [];
    const bytesOf = (name: string) => {
      const f = files.find((x) => x.name === name && typeof x.path === 'string');
      return f ? entries.get(f.path as string) : undefined;
    };
    const orderBytes = bytesOf('order.json');
    if (item.order !== undefined && orderBytes) {
      let same = false;
      try {
        same = canonicalJson(JSON.parse(utf8(orderBytes))) === canonicalJson(item.order);
      } catch {
        same = false;
      }
      if (!same)
        problems.push(`"${String(item.title)}": the order facts in manifest.json are not those in its order.json`);
    }
    const textBytes = bytesOf('page.txt');
    if (typeof item.text === 'string' && textBytes) {
      let text: string | undefined;
      try {
        text = utf8(textBytes);
      } catch {
        text = undefined;
      }
      if (text !== item.text)
        problems.push(`"${String(item.title)}": the page text in manifest.json is not that of its page.txt`);
    }
  }
  return problems;
}

/** verifyPack on files already unpacked (by path), also returning the manifest when it parsed. */
export async function verifyPackEntries(
  entries: ReadonlyMap<string, Uint8Array>,
  options: VerifyOptions = {},
): Promise<VerifyReport & { manifest?: Manifest; bound?: boolean; present?: ReadonlyMap<string, PresentFile> }> {
  const problems: string[] = [];
  const fail = (problem: string) => ({ ok: false, filesChecked: 0, entriesChecked: 0, problems: [problem], notes: [] });
  const manifestBytes = entries.get('manifest.json');
  if (!manifestBytes) return fail('manifest.json is missing');
  if (manifestBytes.byteLength > MAX_MANIFEST_BYTES)
    return fail(`manifest.json is larger than ${MAX_MANIFEST_BYTES} bytes`);
  let raw: unknown;
  try {
    raw = JSON.parse(utf8(manifestBytes));
  } catch {
    return fail('manifest.json is not valid JSON');
  }
  await breathe();
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`manifest.json does not match its schema: ${issue ? `${issue.path.join('.')}: ${issue.message}` : ''}`);
  }
  const manifest = parsed.data;
  const rawManifest = raw as Record<string, unknown>;
  // Every byte in the pack is hashed once; each check below reads these.
  const present = new Map<string, PresentFile>();
  // Digests run several at a time (WebCrypto hashes off this thread), up to a bound on the bytes it copies.
  let batch: [string, Promise<string>, number][] = [];
  let batchBytes = 0;
  const settle = async () => {
    for (const [path, digest, size] of batch) present.set(path, { size, sha256: await digest });
    batch = [];
    batchBytes = 0;
  };
  for (const [path, bytes] of entries) {
    batch.push([path, options.digests?.get(path) ?? sha256Hex(bytes), bytes.byteLength]);
    batchBytes += bytes.byteLength;
    if (batchBytes >= HASH_BATCH_BYTES) await settle();
  }
  await settle();
  for (const f of manifest.files) {
    const actual = present.get(f.path);
    if (!actual) problems.push(`${f.path}: listed in the manifest but missing from the pack`);
    else if (actual.sha256 !== f.sha256 || actual.size !== f.size)
      problems.push(`${f.path}: content does not match the manifest`);
  }
  const listed = new Set([...manifest.files.map((f) => f.path), 'manifest.json', 'SHA256SUMS']);
  if (listed.size !== manifest.files.length + 2) problems.push('manifest.json lists a file twice');
  for (const path of entries.keys()) {
    if (!listed.has(path) && !isAttestationFile(path))
      problems.push(`${path}: in the pack but not listed in the manifest`);
  }
  const sumsBytes = entries.get('SHA256SUMS');
  const sums = sumsBytes ? new TextDecoder().decode(sumsBytes) : '';
  const summed = new Set<string>();
  for (const line of sums.split('\n').filter(Boolean)) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) {
      problems.push(`SHA256SUMS: unreadable line "${line.slice(0, 80)}"`);
      continue;
    }
    const [, hash, path] = m;
    summed.add(path ?? '');
    const actual = path ? present.get(path) : undefined;
    if (!actual) problems.push(`${path}: listed in SHA256SUMS but missing`);
    else if (actual.sha256 !== hash) problems.push(`${path}: does not match SHA256SUMS`);
  }
  if (!sums) problems.push('SHA256SUMS is missing');
  else {
    for (const path of [...manifest.files.map((f) => f.path), 'manifest.json'])
      if (!summed.has(path)) problems.push(`SHA256SUMS does not cover ${path}`);
  }
  const audit = manifest.audit.entries;
  problems.push(...(await checkChain(audit)));
  const head = audit.at(-1)?.hash ?? manifest.audit.head;
  if (head !== manifest.audit.head) problems.push('The audit head in the manifest is not the last entry of the log');
  if (options.expectedHead) {
    const wrong = checkExpectedHead(audit, manifest.audit.head, options.expectedHead);
    if (wrong) problems.push(wrong);
  }
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  for (const item of manifest.evidence) {
    if (item.deletedAt) continue;
    for (const f of item.files) {
      // A file left out (a masked pack's snapshot) has no path; one with a path must be a listed file.
      if (!f.path) continue;
      const listedFile = byPath.get(f.path);
      if (!listedFile)
        problems.push(`"${item.title}" / ${f.name}: points at ${f.path}, which is not one of the pack's listed files`);
      else if (listedFile.sha256 !== f.sha256 || listedFile.size !== f.size)
        problems.push(`${f.path}: the manifest gives it two different hashes`);
    }
  }
  // Cutting the tail off a chain leaves a valid chain: the state the log must explain catches some of it.
  for (const e of manifest.evidence.filter((x) => x.deletedAt)) {
    if (!audit.some((a) => a.action === 'delete' && a.evidenceId === e.id))
      problems.push(`"${e.title}": marked deleted, but the audit log has no record of its deletion`);
  }
  problems.push(
    ...checkItemsAgainstLog(
      manifest.evidence.map((e) => ({
        id: e.id,
        title: e.title,
        deleted: Boolean(e.deletedAt),
        files: e.files.map((f) => ({ name: f.name, original: f.committedFrom ?? f.redactedFrom ?? f.sha256 ?? '' })),
      })),
      audit,
    ),
  );
  problems.push(...checkFactsAgainstFiles(rawManifest, entries));
  const binding = checkBinding(rawManifest, audit, present);
  problems.push(...binding.problems);
  const signed = await checkTrust(entries, manifest.attestations, {
    localTime: manifest.generatedAt,
    ...(options.tsaRoots ? { tsaRoots: options.tsaRoots } : {}),
    pack: {
      items: manifest.evidence.map((e) => ({
        id: e.id,
        title: e.title,
        deleted: Boolean(e.deletedAt),
        files: e.files.map((f) => ({ name: f.name, ...(f.path ? { path: f.path } : {}) })),
      })),
      audit,
      fileHashes: new Map([...present].map(([path, f]) => [path, f.sha256])),
    },
  });
  problems.push(...signed.problems);
  const notes = [...binding.notes, ...signed.notes];
  return {
    ok: problems.length === 0,
    filesChecked: manifest.files.length,
    entriesChecked: audit.length,
    problems,
    notes,
    trust: signed.trust,
    manifest,
    bound: binding.bound,
    present,
  };
}
