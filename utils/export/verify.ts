import { verifyChain } from '../audit/chain';
import type { OrderProofDB } from '../db/database';
import { auditLog, caseEvidence, readBlob } from '../db/store';
import { sha256Hex } from '../hash';
import type { AuditEntry, Evidence } from '../schemas/records';
import { safeUnzip } from '../import/safe-unzip';
import { type Manifest, manifestSchema } from './manifest';

export interface VerifyReport {
  ok: boolean;
  filesChecked: number;
  entriesChecked: number;
  /** One plain sentence per problem, naming the file or log entry. */
  problems: string[];
}

/** The file hashes each attach entry vouched for, by evidence id. */
function attachedHashes(audit: readonly AuditEntry[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const entry of audit) {
    if (entry.action !== 'attach' || !entry.evidenceId) continue;
    const files = Array.isArray(entry.details.files) ? (entry.details.files as { sha256?: unknown }[]) : [];
    map.set(entry.evidenceId, new Set(files.map((f) => String(f.sha256))));
  }
  return map;
}

function checkAgainstLog(items: readonly Pick<Evidence, 'id' | 'title' | 'files'>[], audit: readonly AuditEntry[], problems: string[]): void {
  const attached = attachedHashes(audit);
  for (const item of items) {
    const vouched = attached.get(item.id);
    // Items moved in from another case were attached in that case's chain.
    if (!vouched && audit.some((a) => a.action === 'move' && a.evidenceId === item.id)) continue;
    for (const f of item.files) {
      if (!vouched?.has(f.sha256)) problems.push(`"${item.title}" / ${f.name}: its hash is not the one recorded in the audit log when it was saved`);
    }
  }
}

/** Recomputes every stored file's hash and walks the case's audit chain. */
export async function verifyCase(db: OrderProofDB, caseId: string): Promise<VerifyReport> {
  const problems: string[] = [];
  const items = await caseEvidence(db, caseId);
  const audit = await auditLog(db, caseId);
  let filesChecked = 0;
  for (const item of items) {
    if (item.deletedAt) continue;
    for (const f of item.files) {
      filesChecked += 1;
      const blob = await readBlob(db, f.sha256);
      if (!blob) {
        problems.push(`"${item.title}" / ${f.name}: the file is missing from the store`);
        continue;
      }
      const actual = await sha256Hex(new Uint8Array(await blob.arrayBuffer()));
      if (actual !== f.sha256) problems.push(`"${item.title}" / ${f.name}: content changed (SHA-256 ${actual}, recorded ${f.sha256})`);
    }
  }
  problems.push(...verifyChain(audit).map((p) => p.message));
  checkAgainstLog(items.filter((i) => !i.deletedAt), audit, problems);
  return { ok: problems.length === 0, filesChecked, entriesChecked: audit.length, problems };
}

/** Checks a pack as anyone could: every file against manifest.json and SHA256SUMS, and the log chain. */
export async function verifyPack(zipBytes: Uint8Array): Promise<VerifyReport> {
  let entries: Map<string, Uint8Array>;
  try {
    entries = safeUnzip(zipBytes);
  } catch (err) {
    return { ok: false, filesChecked: 0, entriesChecked: 0, problems: [`Not a readable ZIP: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const { ok, filesChecked, entriesChecked, problems } = await verifyPackEntries(entries);
  return { ok, filesChecked, entriesChecked, problems };
}

/** The largest manifest.json read: the schema check runs only on text below this size. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** verifyPack on files already unpacked (by path), also returning the manifest when it parsed. */
export async function verifyPackEntries(entries: ReadonlyMap<string, Uint8Array>): Promise<VerifyReport & { manifest?: Manifest }> {
  const problems: string[] = [];
  const fail = (problem: string) => ({ ok: false, filesChecked: 0, entriesChecked: 0, problems: [problem] });
  const manifestBytes = entries.get('manifest.json');
  if (!manifestBytes) return fail('manifest.json is missing');
  if (manifestBytes.byteLength > MAX_MANIFEST_BYTES) return fail(`manifest.json is larger than ${MAX_MANIFEST_BYTES} bytes`);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    return fail('manifest.json is not valid JSON');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`manifest.json does not match its schema: ${issue ? `${issue.path.join('.')}: ${issue.message}` : ''}`);
  }
  const manifest = parsed.data;
  for (const f of manifest.files) {
    const bytes = entries.get(f.path);
    if (!bytes) {
      problems.push(`${f.path}: listed in the manifest but missing from the pack`);
      continue;
    }
    const actual = await sha256Hex(bytes);
    if (actual !== f.sha256 || bytes.byteLength !== f.size) problems.push(`${f.path}: content does not match the manifest`);
  }
  const listed = new Set([...manifest.files.map((f) => f.path), 'manifest.json', 'SHA256SUMS']);
  if (listed.size !== manifest.files.length + 2) problems.push('manifest.json lists a file twice');
  for (const path of entries.keys()) {
    if (!listed.has(path)) problems.push(`${path}: in the pack but not listed in the manifest`);
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
    const bytes = path ? entries.get(path) : undefined;
    if (!bytes) problems.push(`${path}: listed in SHA256SUMS but missing`);
    else if ((await sha256Hex(bytes)) !== hash) problems.push(`${path}: does not match SHA256SUMS`);
  }
  if (!sums) problems.push('SHA256SUMS is missing');
  else {
    for (const path of [...manifest.files.map((f) => f.path), 'manifest.json']) if (!summed.has(path)) problems.push(`SHA256SUMS does not cover ${path}`);
  }
  const audit = manifest.audit.entries;
  problems.push(...verifyChain(audit).map((p) => p.message));
  if ((audit.at(-1)?.hash ?? manifest.audit.head) !== manifest.audit.head) problems.push('The audit head in the manifest is not the last entry of the log');
  for (const f of manifest.evidence.flatMap((e) => e.files)) {
    const listedFile = f.path ? manifest.files.find((x) => x.path === f.path) : undefined;
    if (f.path && listedFile && listedFile.sha256 !== f.sha256) problems.push(`${f.path}: the manifest gives it two different hashes`);
  }
  // Cutting the tail off a chain leaves a valid chain: the state the log must explain catches some of it.
  for (const e of manifest.evidence.filter((x) => x.deletedAt)) {
    if (!audit.some((a) => a.action === 'delete' && a.evidenceId === e.id)) problems.push(`"${e.title}": marked deleted, but the audit log has no record of its deletion`);
  }
  checkAgainstLog(
    manifest.evidence.filter((e) => !e.deletedAt).map((e) => ({ ...e, files: e.files.map((f) => ({ ...f, sha256: f.redactedFrom ?? f.sha256 })) })),
    audit,
    problems,
  );
  return { ok: problems.length === 0, filesChecked: manifest.files.length, entriesChecked: audit.length, problems, manifest };
}
