import { z } from 'zod';
import type { OrderProofDB } from '../db/database';
import { readBlob } from '../db/store';
import { sha256Hex } from '../hash';
import { sha256Schema, type Evidence } from '../schemas/records';
import { type Box, redactImage, redactText, type RedactionKind } from './redact';
import { boxSchema } from '../schemas/box';

export { boxSchema };

/** What a masked pack masks: text (automatic) and, per screenshot hash, boxes the user drew. */
export const redactOptionsSchema = z.object({
  text: z.boolean(),
  boxes: z.record(sha256Schema, z.array(boxSchema).max(1000)).optional(),
});
export type RedactOptions = z.infer<typeof redactOptionsSchema>;

export type RedactionCounts = Partial<Record<RedactionKind | 'box', number>>;

/** What a masked pack does with one stored file (by its hash). */
export type FilePlan =
  | { action: 'keep' }
  | { action: 'replace'; data: Blob; sha256: string; size: number; counts: RedactionCounts }
  | { action: 'omit'; reason: string };

export type ImagePainter = (image: Blob, boxes: readonly Box[], type: 'image/png' | 'image/jpeg') => Promise<Blob>;

export const OMIT_REASON =
  'left out of this masked pack: its content cannot be masked reliably; the original stays in the library and its hash is in the manifest';

const SENSITIVE_KEY: [RegExp, RedactionKind][] = [
  [/e-?mail/i, 'email'],
  [/phone|mobile|tel$/i, 'phone'],
  [/address|street|postcode|zip$/i, 'address'],
  [/recipient|buyer_?name|full_?name|^name$|consignee/i, 'name'],
];

const mask = (s: string) => s.replace(/[^\s-]/gu, '•');

function count(counts: RedactionCounts, kind: RedactionKind | 'box', n = 1): void {
  counts[kind] = (counts[kind] ?? 0) + n;
}

/**
 * Masks a JSON value: strings under a key that names personal data (recipient, address, phone, e-mail)
 * are masked whole, as labels in JSON are keys the text rules cannot see; every other string goes
 * through redactText. Structure and non-string values are kept, so the result still parses the same way.
 */
export function redactJson(value: unknown, counts: RedactionCounts, key = ''): unknown {
  if (typeof value === 'string') {
    const sensitive = SENSITIVE_KEY.find(([re]) => re.test(key))?.[1];
    if (sensitive && value.trim()) {
      count(counts, sensitive);
      return mask(value);
    }
    const r = redactText(value);
    for (const x of r.redactions) count(counts, x.kind);
    return r.text;
  }
  if (Array.isArray(value)) return value.map((v) => redactJson(v, counts, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJson(v, counts, k)]));
  return value;
}

export function redactPlainText(text: string, counts: RedactionCounts): string {
  const r = redactText(text);
  for (const x of r.redactions) count(counts, x.kind);
  return r.text;
}

const isJson = (mime: string) => /^application\/([\w.+-]*\+)?json\b/.test(mime);
const isText = (mime: string) => mime.startsWith('text/') || isJson(mime);

/**
 * Decides, for every live file of the case, what the masked pack holds: the original (nothing to
 * mask), a masked copy (text, JSON, screenshots with boxes), or nothing (content that cannot be
 * masked reliably, such as MHTML snapshots and videos, when text masking is asked for).
 */
export async function planRedaction(
  db: OrderProofDB,
  items: readonly Evidence[],
  options: RedactOptions,
  paint: ImagePainter = redactImage,
): Promise<Map<string, FilePlan>> {
  const plans = new Map<string, FilePlan>();
  for (const item of items) {
    if (item.deletedAt) continue;
    for (const f of item.files) {
      if (plans.has(f.sha256)) continue;
      const boxes = options.boxes?.[f.sha256] ?? [];
      if ((f.mime === 'image/png' || f.mime === 'image/jpeg') && boxes.length) {
        const blob = await readBlob(db, f.sha256);
        if (!blob) throw new Error(`The file ${f.name} of "${item.title}" is missing from the store`);
        const data = await paint(blob, boxes, f.mime);
        const bytes = new Uint8Array(await data.arrayBuffer());
        plans.set(f.sha256, {
          action: 'replace',
          data,
          sha256: await sha256Hex(bytes),
          size: bytes.byteLength,
          counts: { box: boxes.length },
        });
      } else if (!options.text || f.mime.startsWith('image/')) {
        plans.set(f.sha256, { action: 'keep' });
      } else if (isText(f.mime)) {
        const blob = await readBlob(db, f.sha256);
        if (!blob) throw new Error(`The file ${f.name} of "${item.title}" is missing from the store`);
        const text = new TextDecoder().decode(await blob.arrayBuffer());
        let counts: RedactionCounts = {};
        let masked: string | undefined;
        if (isJson(f.mime)) {
          try {
            const parsed: unknown = JSON.parse(text);
            masked = JSON.stringify(redactJson(parsed, counts), null, 2);
          } catch {
            // Not valid JSON after all: masked as plain text below.
            counts = {};
          }
        }
        masked ??= redactPlainText(text, counts);
        if (!Object.keys(counts).length) {
          plans.set(f.sha256, { action: 'keep' });
          continue;
        }
        const bytes = new TextEncoder().encode(masked);
        plans.set(f.sha256, {
          action: 'replace',
          data: new Blob([bytes], { type: f.mime }),
          sha256: await sha256Hex(bytes),
          size: bytes.byteLength,
          counts,
        });
      } else {
        plans.set(f.sha256, { action: 'omit', reason: OMIT_REASON });
      }
    }
  }
  return plans;
}

/** The case's 'redact' log entry: how much of each kind was masked, and which file became which. */
export function redactionDetails(
  plans: ReadonlyMap<string, FilePlan>,
  options: RedactOptions,
): Record<string, unknown> {
  const totals: RedactionCounts = {};
  const files: { sha256: string; redactedSha256: string; counts: RedactionCounts }[] = [];
  const omitted: string[] = [];
  for (const [sha256, plan] of plans) {
    if (plan.action === 'replace') {
      files.push({ sha256, redactedSha256: plan.sha256, counts: plan.counts });
      for (const [k, n] of Object.entries(plan.counts)) count(totals, k as RedactionKind | 'box', n);
    } else if (plan.action === 'omit') omitted.push(sha256);
  }
  return {
    text: options.text,
    boxes: Object.values(options.boxes ?? {}).reduce((n, b) => n + b.length, 0),
    counts: totals,
    files,
    omitted,
  };
}
