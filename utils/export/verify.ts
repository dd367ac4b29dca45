import { unzipSync } from 'fflate';
import { verifyChain } from '../audit/chain';
import type { OrderProofDB } from '../db/database';
import { auditLog, caseEvidence, readBlob } from '../db/store';
import { sha256Hex } from '../hash';
import type { AuditEntry, Evidence } from '../schemas/records';
import { manifestSchema } from './manifest';

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
  const problems: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zipBytes);
  } catch (err) {
    return { ok: false, filesChecked: 0, entriesChecked: 0, problems: [`Not a readable ZIP: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const manifestBytes = entries['manifest.json'];
  if (!manifestBytes) return { ok: false, filesChecked: 0, entriesChecked: 0, problems: ['manifest.json is missing'] };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch {
    return { ok: false, filesChecked: 0, entriesChecked: 0, problems: ['manifest.json is not valid JSON'] };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, filesChecked: 0, entriesChecked: 0, problems: [`manifest.json does not match its schema: ${parsed.error.issues[0]?.message ?? ''}`] };
  const manifest = parsed.data;
  for (const f of manifest.files) {
    const bytes = entries[f.path];
    if (!bytes) {
      problems.push(`${f.path}: listed in the manifest but missing from the pack`);
      continue;
    }
    const actual = await sha256Hex(bytes);
    if (actual !== f.sha256 || bytes.byteLength !== f.size) problems.push(`${f.path}: content does not match the manifest`);
  }
  const listed = new Set([...manifest.files.map((f) => f.path), 'manifest.json', 'SHA256SUMS']);
  for (const path of Object.keys(entries)) {
    // fflate lists folders as entries of their own in ZIPs made by other tools.
    if (!listed.has(path) && !path.endsWith('/')) problems.push(`${path}: in the pack but not listed in the manifest`);
  }
  const sums = entries.SHA256SUMS ? new TextDecoder().decode(entries.SHA256SUMS) : '';
  for (const line of sums.split('\n').filter(Boolean)) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) {
      problems.push(`SHA256SUMS: unreadable line "${line.slice(0, 80)}"`);
      continue;
    }
    const [, hash, path] = m;
    const bytes = path ? entries[path] : undefined;
    if (!bytes) problems.push(`${path}: listed in SHA256SUMS but missing`);
    else if ((await sha256Hex(bytes)) !== hash) problems.push(`${path}: does not match SHA256SUMS`);
  }
  if (!sums) problems.push('SHA256SUMS is missing');
  const audit = manifest.audit.entries;
  problems.push(...verifyChain(audit).map((p) => p.message));
  if ((audit.at(-1)?.hash ?? manifest.audit.head) !== manifest.audit.head) problems.push('The audit head in the manifest is not the last entry of the log');
  checkAgainstLog(manifest.evidence.filter((e) => !e.deletedAt), audit, problems);
  return { ok: problems.length === 0, filesChecked: manifest.files.length, entriesChecked: audit.length, problems };
}
