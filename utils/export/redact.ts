/**
 * Masking personal data in copies made for sharing. The logic here is pure (text in, masked text and
 * a list of what was masked out) so it is tested without a browser; drawing boxes over a screenshot
 * is the one step that needs a canvas (redactImage).
 */
import { canvasPng } from '../png-encode';

export type RedactionKind = 'email' | 'phone' | 'card' | 'name' | 'address';

export interface Redaction {
  kind: RedactionKind;
  start: number;
  end: number;
  /** What replaced the span; the original is never kept here, so the log can hold this list. */
  replacement: string;
}

export interface RedactedText {
  text: string;
  redactions: Redaction[];
}

const LABEL_NAME =
  /(收货人|收件人|联系人|姓名|买家姓名|会员名|昵称|用户名|账号|買家帳號|帳號|暱稱|Recipient|Full name|Name|Ship to|Nickname|Account)\s*[:：]\s*/giu;
/** Taobao's default account names: "tb" and digits (shown in the page header, unlabelled). */
const TAOBAO_NICK = /(?<![\p{L}\p{N}_])tb\d{6,}[\p{L}\p{N}_]*/gu;
const LABEL_ADDRESS = /(收货地址|收件地址|详细地址|地址|Shipping address|Address)\s*[:：]\s*/giu;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const mask = (s: string) => s.replace(/[^\s-]/gu, '•');

function findAll(text: string): Redaction[] {
  const found: Redaction[] = [];
  const push = (kind: RedactionKind, start: number, end: number, replacement: string) =>
    found.push({ kind, start, end, replacement });
  for (const m of text.matchAll(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu))
    push('email', m.index, m.index + m[0].length, mask(m[0]));
  // Card numbers: 13-19 digits, optionally grouped, passing the Luhn check; the last four stay.
  for (const m of text.matchAll(/(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (!luhn(digits)) continue;
    const keep = 4;
    let seen = 0;
    const replacement = [...m[0]]
      .reverse()
      .map((ch) => (/\d/.test(ch) && ++seen > keep ? '•' : ch))
      .reverse()
      .join('');
    push('card', m.index, m.index + m[0].length, replacement);
  }
  // Mainland China mobiles, optionally +86, and other numbers written as phone numbers.
  for (const m of text.matchAll(/(?<![\d])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g))
    push('phone', m.index, m.index + m[0].length, mask(m[0]));
  for (const m of text.matchAll(/(?<![\w+])\+\d{1,3}[ -.]?(?:\(?\d{1,4}\)?[ -.]?){2,4}\d{2,4}(?!\d)/g))
    push('phone', m.index, m.index + m[0].length, mask(m[0]));
  for (const m of text.matchAll(/(?<!\d)\(?\d{3,4}\)?[ -]\d{3,4}[ -]\d{4}(?!\d)/g))
    push('phone', m.index, m.index + m[0].length, mask(m[0]));
  for (const m of text.matchAll(TAOBAO_NICK)) push('name', m.index, m.index + m[0].length, mask(m[0]));
  // Names and addresses only where a label says what they are: guessing names in free text masks too much.
  for (const m of text.matchAll(LABEL_NAME)) {
    const start = m.index + m[0].length;
    const value = /^[^\n\r,，;；|]{1,40}/u.exec(text.slice(start))?.[0].trimEnd();
    if (value) push('name', start, start + value.length, mask(value));
  }
  for (const m of text.matchAll(LABEL_ADDRESS)) {
    const start = m.index + m[0].length;
    const value = /^[^\n\r]{1,200}/u.exec(text.slice(start))?.[0].trimEnd();
    if (value) push('address', start, start + value.length, mask(value));
  }
  return found;
}

/** Masks personal data; overlapping finds merge into the earliest, longest one. */
export function redactText(text: string): RedactedText {
  const sorted = findAll(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Redaction[] = [];
  for (const r of sorted) {
    const last = kept.at(-1);
    if (last && r.start < last.end) {
      if (r.end > last.end) {
        const merged = text.slice(last.start, r.end);
        kept[kept.length - 1] = { kind: last.kind, start: last.start, end: r.end, replacement: mask(merged) };
      }
      continue;
    }
    kept.push(r);
  }
  let out = '';
  let at = 0;
  for (const r of kept) {
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  return { text: out + text.slice(at), redactions: kept };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A piece of text on a screenshot and where it was drawn (CSS px), e.g. from the page's text layout. */
export interface TextBlock extends Box {
  text: string;
}

/**
 * Boxes to paint over a screenshot: every text block holding personal data, scaled to the image's
 * pixels, padded a little and clipped to the image.
 */
export function redactionBoxes(
  blocks: readonly TextBlock[],
  image: { width: number; height: number; scale?: number; pad?: number },
): Box[] {
  const scale = image.scale ?? 1;
  const pad = image.pad ?? 2;
  const boxes: Box[] = [];
  for (const b of blocks) {
    if (!redactText(b.text).redactions.length) continue;
    const x = Math.max(0, Math.floor(b.x * scale - pad));
    const y = Math.max(0, Math.floor(b.y * scale - pad));
    const right = Math.min(image.width, Math.ceil((b.x + b.width) * scale + pad));
    const bottom = Math.min(image.height, Math.ceil((b.y + b.height) * scale + pad));
    if (right > x && bottom > y) boxes.push({ x, y, width: right - x, height: bottom - y });
  }
  return boxes;
}

/** Paints opaque boxes over an image (browser only: OffscreenCanvas). The original blob is not touched. */
export async function redactImage(
  image: Blob,
  boxes: readonly Box[],
  type: 'image/png' | 'image/jpeg' = 'image/png',
): Promise<Blob> {
  const bitmap = await createImageBitmap(image);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: type === 'image/png' });
  if (!ctx) throw new Error('No 2D canvas');
  ctx.drawImage(bitmap, 0, 0);
  ctx.fillStyle = '#000';
  for (const b of boxes) ctx.fillRect(b.x, b.y, b.width, b.height);
  bitmap.close();
  // An opaque masked screenshot is written as an RGB PNG, which report.pdf takes without re-encoding it.
  if (type === 'image/png') return new Blob([(await canvasPng(canvas)) as Uint8Array<ArrayBuffer>], { type });
  return canvas.convertToBlob({ type });
}
