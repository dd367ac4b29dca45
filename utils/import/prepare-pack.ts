// Checking a pack and building its records, with nothing of the database or the extension APIs in
// reach: import-worker.ts runs it off the page's main thread, where webextension-polyfill cannot load.
import { canonicalJson, sha256Hex } from '../hash';
import { type VerifyOptions, verifyPackEntries } from '../export/verify';
import { orderSchema, type Order } from '../schemas/order';
import {
  type AuditEntry,
  type BlobRecord,
  blobRecordSchema,
  type Case,
  caseSchema,
  type Evidence,
  evidenceSchema,
} from '../schemas/records';
import type { UnzipLimits } from '../zip/safe-unzip';
import { ImportRefused, type Refusal, type RefusalKind } from './refusal';
import { importedStamps } from '../trust/imported-stamps';
import type { StampRecord } from '../trust/records';

/** Everything one pack will write, checked and built before any transaction starts. */
export interface PreparedImport {
  case: Case;
  evidence: Evidence[];
  blobs: BlobRecord[];
  audit: AuditEntry[];
  packHead: string;
  manifestSha256: string;
  generatedAt: string;
  generator: { name: string; version: string };
  /** What the checks could not cover (an older pack whose reports its log does not bind). */
  notes: string[];
  /** The capture stamps that verified, kept so a re-export carries them again. */
  stamps: StampRecord[];
}

export type ImportResult =
  | {
      ok: true;
      caseId: string;
      title: string;
      evidence: number;
      blobsAdded: number;
      blobsShared: number;
      notes: string[];
    }
  | ({ ok: false } & Refusal);

export interface ImportOptions {
  limits?: Partial<UnzipLimits>;
  /** Time of the 'import' log entry (ms); defaults to now. */
  now?: number;
  /** false checks on this thread; by default a page checks in a worker, so a huge pack never freezes it. */
  worker?: boolean;
  /** The audit head the pack must end at (given out of band): a cut, extended or re-sealed log is refused. */
  expectedHead?: string;
  /** The caller gives the bytes up: they are moved to the worker (no copy of hundreds of MB) and unusable after. */
  transfer?: boolean;
}

export function refuse(message: string, kind?: RefusalKind): never {
  throw new ImportRefused(message, kind);
}

/**
 * Checks an unpacked pack completely (verifyPackEntries: every hash, SHA256SUMS, the audit chain and
 * the hashes the log vouched for) and builds the records to store. Throws ImportRefused.
 * `prefix` reads a pack that sits in a folder of a larger archive (a backup).
 */
export async function preparePack(
  all: ReadonlyMap<string, Uint8Array>,
  prefix = '',
  verifyOptions: VerifyOptions = {},
  /** The Blob to store for checked bytes: a restore passes a slice of the backup File holding them (no copy). */
  blobOf: (bytes: Uint8Array, mime: string) => Blob = (b, type) => new Blob([b as Uint8Array<ArrayBuffer>], { type }),
): Promise<PreparedImport> {
  const entries = new Map<string, Uint8Array>();
  for (const [path, bytes] of all) if (path.startsWith(prefix)) entries.set(path.slice(prefix.length), bytes);
  const where = prefix ? `${prefix.replace(/\/$/, '')}: ` : '';
  const report = await verifyPackEntries(entries, verifyOptions);
  if (!report.ok || !report.manifest) {
    const more = report.problems.length > 3 ? ` (and ${report.problems.length - 3} more)` : '';
    // Without a manifest.json the file is some other ZIP, not a pack that was changed.
    refuse(
      `${where}${report.problems.slice(0, 3).join('; ')}${more}`,
      entries.has('manifest.json') ? 'altered' : 'notPack',
    );
  }
  const manifest = report.manifest;
  const c = manifest.case;
  const audit = manifest.audit.entries;
  if (!audit.length) refuse(`${where}the pack has no audit log`);
  const stranger = audit.find((a) => a.caseId !== c.id);
  if (stranger) refuse(`${where}audit entry ${stranger.seq} belongs to another case (${stranger.caseId})`);
  if (audit[0]!.action !== 'create') refuse(`${where}the audit log does not start with the case's creation`);

  let caseJson: unknown;
  try {
    caseJson = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(entries.get('case.json') ?? new Uint8Array()),
    );
  } catch {
    refuse(`${where}case.json is missing or not valid JSON`);
  }
  const caseParsed = caseSchema.safeParse(caseJson);
  if (!caseParsed.success || canonicalJson(caseParsed.data) !== canonicalJson(c))
    refuse(`${where}case.json does not match the case in manifest.json`);

  const evidence: Evidence[] = [];
  const blobs = new Map<string, BlobRecord>();
  const listed = new Set(manifest.files.map((f) => f.path));
  const ids = new Set<string>();
  for (const e of manifest.evidence) {
    if (ids.has(e.id)) refuse(`${where}evidence ${e.id} is listed twice`);
    ids.add(e.id);
    if (e.files.some((f) => f.redactedFrom || f.committedFrom || !f.sha256)) {
      refuse(
        `${where}"${e.title}" holds redacted copies, not the originals the log recorded: import the unredacted pack`,
        'masked',
      );
    }
    // Facts a file of the item also holds are taken from that file, whose bytes were checked.
    const fileText = (name: string): string | undefined => {
      const f = e.deletedAt ? undefined : e.files.find((x) => x.name === name && x.path);
      const bytes = f?.path ? entries.get(f.path) : undefined;
      return bytes ? new TextDecoder().decode(bytes) : undefined;
    };
    let order: Order | undefined = e.order;
    const orderText = e.order ? fileText('order.json') : undefined;
    if (orderText !== undefined) {
      let parsedOrder: ReturnType<typeof orderSchema.safeParse> | undefined;
      try {
        parsedOrder = orderSchema.safeParse(JSON.parse(orderText));
      } catch {
        parsedOrder = undefined;
      }
      if (!parsedOrder?.success) refuse(`${where}"${e.title}": its order.json is not a valid order`);
      order = parsedOrder.data;
    }
    const text = e.text !== undefined ? (fileText('page.txt') ?? e.text) : undefined;
    const capturedAt = Date.parse(e.capturedAt);
    const deletedAt = e.deletedAt ? Date.parse(e.deletedAt) : undefined;
    const record = evidenceSchema.safeParse({
      id: e.id,
      caseId: c.id,
      kind: e.kind,
      title: e.title,
      ...(e.sourceUrl !== undefined ? { sourceUrl: e.sourceUrl } : {}),
      ...(e.pageTitle !== undefined ? { pageTitle: e.pageTitle } : {}),
      capturedAt,
      capture: e.capture,
      files: e.files.map((f) => ({ name: f.name, mime: f.mime, size: f.size, sha256: f.sha256 })),
      ...(order ? { order } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(deletedAt !== undefined ? { deletedAt } : {}),
    });
    if (!record.success)
      refuse(
        `${where}evidence "${e.title}" is not a valid record: ${record.error.issues[0]?.path.join('.')} ${record.error.issues[0]?.message}`,
      );
    evidence.push(record.data);
    if (deletedAt !== undefined) continue;
    for (const f of e.files) {
      // Only files the manifest lists (so hashed and bound above), and each stored under the hash of its own bytes.
      if (!f.path || !listed.has(f.path))
        refuse(`${where}the file ${f.name} of "${e.title}" is not one of the pack's listed files`);
      const bytes = entries.get(f.path);
      if (!bytes) refuse(`${where}the file ${f.name} of "${e.title}" is not in the pack`);
      if (bytes.byteLength !== f.size) refuse(`${where}${f.path}: its size is not the one recorded`);
      // Hashed once, by the verifier above, from these very bytes.
      const actual = report.present?.get(f.path)?.sha256 ?? (await sha256Hex(bytes));
      if (actual !== f.sha256)
        refuse(`${where}${f.path}: its bytes hash to ${actual}, not the ${f.sha256} it would be stored under`);
      if (!blobs.has(actual)) {
        blobs.set(
          actual,
          blobRecordSchema.parse({
            sha256: actual,
            size: bytes.byteLength,
            mime: f.mime,
            data: blobOf(bytes, f.mime),
          }),
        );
      }
    }
  }
  return {
    case: c,
    evidence,
    blobs: [...blobs.values()],
    audit,
    packHead: manifest.audit.head,
    manifestSha256: report.present?.get('manifest.json')?.sha256 ?? (await sha256Hex(entries.get('manifest.json')!)),
    generatedAt: manifest.generatedAt,
    generator: manifest.generator,
    notes: report.notes,
    stamps: importedStamps(entries, report.trust?.captures ?? [], c.id),
  };
}
