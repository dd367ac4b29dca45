import type * as pkijs from 'pkijs';
import { captureStampPath } from './attestations';
import { formatWait, parseCaptureStamp } from './capture-stamps';
import { checkToken } from './tsp';

/** The authority's clock has its own accuracy (often a second): within a minute reads as "at capture". */
function waitText(ms: number): string {
  if (Math.abs(ms) < 60_000) return 'within a minute of its capture';
  return `${formatWait(ms)} ${ms > 0 ? 'after' : 'before'} its capture`;
}

/** An item as the pack's manifest lists it: enough to tie a capture stamp to its files and log entry. */
export interface StampedItem {
  id: string;
  title: string;
  deleted: boolean;
  files: { name: string; path?: string; sha256?: string }[];
}

/** A capture's trusted time, beside the local clock's time of the capture. */
export interface CaptureTime {
  file: string;
  item: string;
  authority: string;
  trusted: string;
  local: string;
  /** trusted − local, in ms: the wait for the authority (queued while offline), or the clock's error. */
  skewMs: number;
  skewed: boolean;
}

export interface CaptureStampInput {
  entries: ReadonlyMap<string, Uint8Array>;
  items: readonly StampedItem[];
  /** The pack's log entries (hash, action, item). */
  audit: readonly { hash: string; action: string; evidenceId?: string }[];
  /** SHA-256 of each file in the pack, by path, as the verifier computed it. */
  fileHashes: ReadonlyMap<string, string>;
  roots?: readonly pkijs.Certificate[];
  skewLimitMs: number;
}

/**
 * Checks each stamps/<item>.txt and its token: the token against the text's bytes (and the authority
 * against the trusted roots, when given), then the text against the pack: the item it names, every file
 * hash it lists against the file in the pack, and its log entry. Problems name the stamp file.
 */
export async function checkCaptureStamps(
  input: CaptureStampInput,
): Promise<{ problems: string[]; notes: string[]; times: CaptureTime[] }> {
  const problems: string[] = [];
  const notes: string[] = [];
  const times: CaptureTime[] = [];
  const texts = [...input.entries.keys()].filter((p) => captureStampPath(p)?.token === false).sort();
  for (const path of input.entries.keys()) {
    const stamp = captureStampPath(path);
    if (stamp?.token && !input.entries.has(path.slice(0, -'.tsr'.length)))
      problems.push(`${path}: a capture token without the file it covers (${path.slice(0, -'.tsr'.length)})`);
  }
  for (const path of texts) {
    const id = captureStampPath(path)!.item;
    const bytes = input.entries.get(path)!;
    const token = input.entries.get(`${path}.tsr`);
    if (!token) {
      problems.push(`${path}: its token ${path}.tsr is missing`);
      continue;
    }
    const check = await checkToken(token, bytes, input.roots);
    if (!check.ok) {
      problems.push(`${path}.tsr: ${check.problem}`);
      continue;
    }
    const facts = parseCaptureStamp(new TextDecoder().decode(bytes));
    if (!facts) {
      problems.push(`${path}: not a capture stamp this verifier can read`);
      continue;
    }
    if (facts.item !== id) {
      problems.push(`${path}: it names item ${facts.item}, not ${id}`);
      continue;
    }
    const item = input.items.find((i) => i.id === id);
    if (!item) {
      problems.push(`${path}: the pack has no item ${id}`);
      continue;
    }
    const label = `${path} ("${item.title}")`;
    if (item.deleted)
      notes.push(
        `${label}: the item's content was deleted since; the token still shows its files' hashes existed then.`,
      );
    else {
      for (const f of facts.files) {
        const inPack = item.files.find((x) => x.name === f.name);
        const actual = inPack?.path ? input.fileHashes.get(inPack.path) : undefined;
        if (!inPack) problems.push(`${label}: the item has no file ${f.name}, which was stamped at capture`);
        else if (!inPack.path || !actual)
          notes.push(`${label}: ${f.name} is not in this pack, so its stamped hash is not checked.`);
        else if (actual !== f.sha256)
          problems.push(
            `${label}: ${inPack.path} is not the file stamped at capture (stamped ${f.sha256.slice(0, 12)}…, now ${actual.slice(0, 12)}…)`,
          );
      }
      for (const f of item.files)
        if (!facts.files.some((x) => x.name === f.name))
          problems.push(`${label}: the item's file ${f.name} was not stamped at capture`);
    }
    const entry = input.audit.find((a) => a.hash === facts.logEntry);
    if (!entry)
      notes.push(
        `${label}: its log entry ${facts.logEntry.slice(0, 12)}… is not in this pack's log (the item was moved from another case).`,
      );
    else if (entry.action !== 'attach' || entry.evidenceId !== id)
      problems.push(`${label}: the log entry it names is not the one that stored this item`);
    const trusted = check.facts!.genTime;
    const local = new Date(facts.capturedAt);
    const skewMs = trusted.getTime() - local.getTime();
    const time: CaptureTime = {
      file: path,
      item: id,
      authority: check.facts!.authority,
      trusted: trusted.toISOString(),
      local: local.toISOString(),
      skewMs,
      skewed: Math.abs(skewMs) > input.skewLimitMs,
    };
    times.push(time);
    notes.push(
      `Trusted time for "${item.title}": ${time.trusted} from ${time.authority}; the computer's clock said ${time.local} at capture, so it was stamped ${waitText(skewMs)}. Its files, as listed in ${path}, existed at that time.`,
    );
    if (time.skewed)
      notes.push(
        skewMs > 0
          ? `Late stamp: "${item.title}" was stamped ${formatWait(skewMs)} after its capture time (it waited for the authority, or the computer's clock was behind); only the trusted time is proven.`
          : `Clock skew: "${item.title}" was stamped ${formatWait(skewMs)} before the time the computer's clock gave its capture: that clock was ahead.`,
      );
  }
  return { problems, notes, times };
}
