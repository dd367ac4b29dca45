import { z } from 'zod';
import { canonicalJson, sha256HexSync } from '../hash';
import type { AuditEntry } from '../schemas/records';
import { isAttestationFile } from '../trust/attestations';

/**
 * What binds a pack to its audit log. The pack's last log entry is its 'export' entry, sealed after
 * every other file is written: it records each file's SHA-256 and a hash of each of the manifest's
 * structured fields. Changing a report, case.json, an order fact or a capture time then breaks either
 * that entry's hash or the chain. verify.html (verify-html.ts) repeats these rules in plain JavaScript.
 *
 * Manifest keys left out of the binding: `audit` is the chain itself, and `attestations` is kept free
 * for signatures or trusted timestamps over the head, which can only be made once the head exists.
 */
export const UNBOUND_MANIFEST_KEYS: readonly string[] = ['audit', 'attestations'];

export const packBindingSchema = z.object({
  files: z.array(
    z.object({ path: z.string(), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
  manifest: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type PackBinding = z.infer<typeof packBindingSchema>;

/** Files that cover the others and so cannot be listed in the entry they are made after. */
export const SEALING_FILES: readonly string[] = ['manifest.json', 'SHA256SUMS'];

export const OLDER_PACK_NOTE =
  "Older pack: its export entry does not record its files, so its reports, case.json and the manifest's order facts, times and notes are not bound by the log (packs made by earlier versions of OrderProof).";

const enc = new TextEncoder();

/** One hash per structured manifest field; `evidence.N` per evidence item, so a change can be named. */
export function manifestFieldHashes(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(raw).sort()) {
    if (UNBOUND_MANIFEST_KEYS.includes(key)) continue;
    const value = raw[key];
    if (key === 'evidence' && Array.isArray(value)) {
      out.evidence = sha256HexSync(enc.encode(String(value.length)));
      value.forEach((item, i) => (out[`evidence.${i}`] = sha256HexSync(enc.encode(canonicalJson(item)))));
    } else out[key] = sha256HexSync(enc.encode(canonicalJson(value)));
  }
  return out;
}

function fieldName(key: string, raw: Record<string, unknown>): string {
  const m = /^evidence\.(\d+)$/.exec(key);
  if (!m) return key === 'evidence' ? 'the number of evidence items' : `the field "${key}"`;
  const item = Array.isArray(raw.evidence)
    ? (raw.evidence[Number(m[1])] as { title?: unknown } | undefined)
    : undefined;
  return `evidence item ${Number(m[1]) + 1}${item && typeof item.title === 'string' ? ` ("${item.title}")` : ''}`;
}

export interface PresentFile {
  size: number;
  sha256: string;
}

/**
 * Checks every file in the pack and every structured manifest field against the export entry.
 * `present`: each file in the pack by path, hashed from its bytes. Problems name the file or field.
 */
export function checkBinding(
  raw: Record<string, unknown>,
  audit: readonly AuditEntry[],
  present: ReadonlyMap<string, PresentFile>,
): { problems: string[]; notes: string[]; bound: boolean } {
  const problems: string[] = [];
  const last = audit.at(-1);
  // Every export, old or new, ends its pack's log with an 'export' entry; older ones bind no files.
  if (!last || last.action !== 'export') {
    problems.push(
      `the log does not end with the pack's export entry${last ? ` (its last entry, ${last.seq}, is "${last.action}")` : ''}: entries were cut off its end, or the pack was not made by an OrderProof export`,
    );
    return { problems, notes: [], bound: false };
  }
  if (last.details.pack === undefined) return { problems, notes: [OLDER_PACK_NOTE], bound: false };
  const binding = packBindingSchema.safeParse(last.details.pack);
  if (!binding.success) {
    problems.push(`the export entry (log entry ${last.seq}) does not describe the pack's files readably`);
    return { problems, notes: [], bound: false };
  }
  const where = `the export entry (log entry ${last.seq})`;
  const recorded = new Map(binding.data.files.map((f) => [f.path, f]));
  for (const [path, f] of recorded) {
    const actual = present.get(path);
    if (!actual) problems.push(`${path}: recorded by ${where} but missing from the pack`);
    else if (actual.sha256 !== f.sha256 || actual.size !== f.size)
      problems.push(`${path}: not the file ${where} recorded (SHA-256 ${actual.sha256}, recorded ${f.sha256})`);
  }
  for (const path of present.keys()) {
    if (!recorded.has(path) && !SEALING_FILES.includes(path) && !isAttestationFile(path))
      problems.push(`${path}: in the pack but not recorded by ${where}`);
  }
  const actual = manifestFieldHashes(raw);
  const keys = new Set([...Object.keys(actual), ...Object.keys(binding.data.manifest)]);
  for (const key of [...keys].sort()) {
    if (actual[key] === binding.data.manifest[key]) continue;
    const what = fieldName(key, raw);
    if (!actual[key]) problems.push(`manifest.json: ${what} is missing, but ${where} recorded it`);
    else if (!binding.data.manifest[key])
      problems.push(`manifest.json: ${what} was not recorded by ${where} (added later)`);
    else problems.push(`manifest.json: ${what} is not what ${where} recorded`);
  }
  return { problems, notes: [], bound: true };
}

/** What the log says the pack must hold: each item attached here or moved in, with the hashes recorded then. */
interface Vouched {
  seq: number;
  action: string;
  title: string;
  hashes: Set<string>;
}

function loggedItems(audit: readonly AuditEntry[]): Map<string, Vouched> {
  const items = new Map<string, Vouched>();
  for (const e of audit) {
    if (!e.evidenceId) continue;
    const d = e.details;
    const title = typeof d.title === 'string' ? d.title : e.evidenceId;
    if (e.action === 'attach') {
      const files = Array.isArray(d.files) ? (d.files as { sha256?: unknown }[]) : [];
      items.set(e.evidenceId, {
        seq: e.seq,
        action: 'attach',
        title,
        hashes: new Set(files.map((f) => String(f?.sha256))),
      });
    } else if (e.action === 'move' && typeof d.from === 'string') {
      const files = Array.isArray(d.files) ? d.files.map(String) : [];
      items.set(e.evidenceId, { seq: e.seq, action: d.merge ? 'move (merge)' : 'move', title, hashes: new Set(files) });
    } else if (e.action === 'move' && typeof d.to === 'string') items.delete(e.evidenceId);
  }
  return items;
}

export interface LoggedItem {
  id: string;
  title: string;
  deleted: boolean;
  /** The hash each file had when it was saved (for a masked copy, the commitment to its original). */
  files: { name: string; original: string }[];
}

/**
 * Every item the log attached or moved in must be there, with the hashes that entry recorded; every
 * item there must have such an entry. Items moved in are checked against their move (or merge) entry.
 */
export function checkItemsAgainstLog(items: readonly LoggedItem[], audit: readonly AuditEntry[]): string[] {
  const problems: string[] = [];
  const logged = loggedItems(audit);
  for (const item of items) {
    const v = logged.get(item.id);
    if (!v) {
      problems.push(`"${item.title}": no attach or move entry in the audit log records this item`);
      continue;
    }
    if (item.deleted) continue;
    for (const f of item.files) {
      if (!v.hashes.has(f.original))
        problems.push(
          `"${item.title}" / ${f.name}: its hash is not the one recorded in the audit log (entry ${v.seq}, ${v.action})`,
        );
    }
  }
  const present = new Set(items.map((i) => i.id));
  for (const [id, v] of logged) {
    if (!present.has(id))
      problems.push(
        `log entry ${v.seq} (${v.action}) records the item "${v.title}" (${id}), which is missing from the pack`,
      );
  }
  return problems;
}

/** Names how a pack's head relates to the head someone was given beforehand; undefined when equal. */
export function checkExpectedHead(audit: readonly AuditEntry[], head: string, expected: string): string | undefined {
  const want = expected.trim().toLowerCase();
  if (head === want) return undefined;
  const at = audit.findIndex((e) => e.hash === want);
  if (at >= 0) return `the head you gave is log entry ${at}; entries ${at + 1}–${audit.length - 1} were added after it`;
  return `the log's head is ${head}, not the head you gave (${want}): the log was cut, extended or rewritten after that head was given out`;
}
