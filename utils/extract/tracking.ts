import { labelRe, SHIPPING_LABELS } from './labels';

/**
 * Tracking numbers by their printed shape. Shapes with a distinctive prefix or suffix identify the
 * carrier on their own; bare digit runs (FedEx, DHL, 中通, 韵达, ...) only count next to a tracking
 * label and get their carrier from a name printed nearby, never from the digits alone.
 */
interface CarrierShape {
  carrier: string;
  re: RegExp;
}

const DISTINCT: CarrierShape[] = [
  // UPS: 1Z + 6 shipper characters + 10 digits/letters.
  { carrier: 'UPS', re: /\b1Z[0-9A-Z]{16}\b/ },
  // UPU S10 international mail: 2 letters, 9 digits, country. EMS China is E?…CN.
  { carrier: 'EMS', re: /\bE[A-Z]\d{9}CN\b/ },
  { carrier: 'USPS', re: /\b[A-Z]{2}\d{9}US\b/ },
  // USPS domestic: 20–22 digits starting 9x (IMpb).
  { carrier: 'USPS', re: /\b9[1-5]\d{18,20}\b/ },
  // 顺丰 SF Express: SF + 12–13 digits.
  { carrier: '顺丰速运 SF Express', re: /\bSF\d{12,13}\b/ },
  // 菜鸟 Cainiao: LP + 14–16 digits (AliExpress/Taobao cross-border).
  { carrier: '菜鸟 Cainiao', re: /\bLP\d{14,16}\b/ },
  // 京东物流 JD Logistics.
  { carrier: '京东物流 JD Logistics', re: /\bJD[A-Z]?\d{12,15}\b/ },
  // 圆通 YTO: YT + 13–15 digits.
  { carrier: '圆通 YTO', re: /\bYT\d{13,15}\b/ },
  // Amazon Logistics.
  { carrier: 'Amazon Logistics', re: /\bTBA\d{12}\b/ },
  // DHL eCommerce / Parcel: JJD + digits, GM + digits.
  { carrier: 'DHL', re: /\bJJD\d{16,20}\b/ },
  // Other UPU S10 (2 letters, 9 digits, 2 letters): carrier is the postal service of the suffix.
  { carrier: 'Postal (UPU)', re: /\b[A-Z]{2}\d{9}[A-Z]{2}\b/ },
];

/** Carrier names as printed, to attribute a bare digit run. Order: longer / more specific first. */
const NAMES: [RegExp, string][] = [
  [/中通|ZTO/i, '中通 ZTO'],
  [/圆通|YTO/i, '圆通 YTO'],
  [/韵达|Yunda/i, '韵达 Yunda'],
  [/申通|STO Express/i, '申通 STO'],
  [/极兔|J&T/i, '极兔 J&T'],
  [/顺丰|SF Express/i, '顺丰速运 SF Express'],
  [/邮政|EMS/, 'EMS'],
  [/京东|JD Logistics/i, '京东物流 JD Logistics'],
  [/FedEx/i, 'FedEx'],
  [/\bDHL\b/i, 'DHL'],
  [/\bUPS\b/, 'UPS'],
  [/USPS/i, 'USPS'],
  [/Royal Mail/i, 'Royal Mail'],
  [/Canada Post/i, 'Canada Post'],
  [/Cainiao|菜鸟/i, '菜鸟 Cainiao'],
  [/Deutsche Post/i, 'Deutsche Post'],
  [/\bHermes\b|\bEvri\b/i, 'Hermes / Evri'],
  [/\bGLS\b/, 'GLS'],
  [/\bDPD\b/, 'DPD'],
  [/Colissimo/i, 'Colissimo'],
  [/Chronopost/i, 'Chronopost'],
  [/Poste Italiane/i, 'Poste Italiane'],
  [/\bBRT\b|Bartolini/, 'BRT'],
  [/PostNL/i, 'PostNL'],
  [/PostNord/i, 'PostNord'],
  [/InPost/i, 'InPost'],
  [/Correos/i, 'Correos'],
  [/Estafeta/i, 'Estafeta'],
  [/Correios/i, 'Correios'],
  [/Australia Post/i, 'Australia Post'],
  [/Purolator/i, 'Purolator'],
  [/Yamato|ヤマト運輸/i, 'ヤマト運輸 Yamato'],
  [/Sagawa|佐川急便/i, '佐川急便 Sagawa'],
  [/Japan Post|日本郵便/i, '日本郵便 Japan Post'],
  [/Aramex/i, 'Aramex'],
  [/Ninja ?Van/i, 'Ninja Van'],
  [/Kerry Express/i, 'Kerry Express'],
  [/Flash Express/i, 'Flash Express'],
  [/\bSPX\b|Shopee Express/i, 'SPX Express'],
  [/\bLEX\b|LEL Express/i, 'Lazada Express'],
  [/\bJNE\b/, 'JNE'],
  [/SiCepat/i, 'SiCepat'],
  [/Amazon Logistics|Amazon Shipping/i, 'Amazon Logistics'],
];

/** Labels printed before a tracking number, in the marketplaces' languages (labels.ts). Matched at the start of a line. */
export const TRACKING_LABEL = labelRe(SHIPPING_LABELS, 'trackingNumber', 'i');

/** Labels printed before a carrier's name, the same languages. */
export const CARRIER_LABEL = labelRe(SHIPPING_LABELS, 'carrier', 'i');

/** A tracking number as printed: letters and digits (dashes allowed), with at least six digits. */
const TRACKING_VALUE = /^([A-Z0-9][A-Z0-9-]{6,39})(?:\s|$|[,;.)])/i;

export interface LabelledShipment {
  trackingNumber?: string;
  carrier?: string;
  /** The lines they were read from, for provenance. */
  trackingLine?: string;
  carrierLine?: string;
}

const restAfter = (label: RegExp, line: string): string | undefined => {
  // The label ends where a word ends: "Tracking" must not take "Trackingnummer" apart.
  const m = new RegExp(`^(?:${label.source})(?!\\p{L})(?:\\s*[(（][^)）]{0,40}[)）])?\\s*[:：#]?\\s*(.*)$`, 'iu').exec(
    line,
  );
  return m ? (m[1] ?? '') : undefined;
};

/**
 * Tracking number and carrier printed beside their labels ("Tracking ID: 1Z…", "Shipped with UPS",
 * "ID de seguimiento: …", "Se envió con Estafeta"), on the label's line or the next one. A carrier
 * value that reads as a date or a time ("Arriving by 8 pm") is not a carrier.
 */
export function labelledShipment(lines: readonly string[]): LabelledShipment {
  const out: LabelledShipment = {};
  for (let i = 0; i < lines.length && !(out.trackingNumber && out.carrier); i++) {
    const line = lines[i]!;
    if (!out.trackingNumber) {
      const rest = restAfter(TRACKING_LABEL, line);
      const value = rest === undefined ? undefined : rest || lines[i + 1] || '';
      const m = value ? TRACKING_VALUE.exec(grouped(value.trim())) : null;
      if (m && (m[1]!.match(/\d/g)?.length ?? 0) >= 6) {
        out.trackingNumber = m[1]!.toUpperCase();
        out.trackingLine = line;
        continue;
      }
    }
    if (!out.carrier) {
      const rest = restAfter(CARRIER_LABEL, line);
      const value = cleanCarrier(rest === undefined ? undefined : rest || lines[i + 1]);
      if (value) {
        out.carrier = value;
        out.carrierLine = line;
      }
    }
  }
  if (out.trackingNumber && !out.carrier) {
    const byShape = carrierFor(out.trackingNumber);
    if (byShape) out.carrier = byShape;
  }
  return out;
}

/**
 * A number printed in spaced groups for reading ("1Z 999 AA1 01 2345 6784", USPS "9400 1000 0000 …") as one
 * token, when the joined groups have a carrier's own shape (UPS, USPS, S10 …): other spaced text is left as
 * it was (the first group alone is then too short to be a number).
 */
function grouped(value: string): string {
  const m = /^((?:[A-Z0-9]{1,6} ){2,7}[A-Z0-9]{1,6})(?=$|[\s,;.)])/i.exec(value);
  if (!m) return value;
  const joined = m[1]!.replace(/ /g, '');
  return DISTINCT.some((s) => new RegExp(`^${s.re.source}$`).test(joined)) ? joined + value.slice(m[1]!.length) : value;
}

function cleanCarrier(raw: string | undefined): string | undefined {
  const v = raw
    ?.replace(/\s+/g, ' ')
    .replace(/[.。:：,;]+$/, '')
    .trim();
  if (!v || v.length < 2 || v.length > 40 || !/\p{L}/u.test(v)) return undefined;
  // The next column's header ("Carrier | Tracking number" over their values) is no carrier's name.
  if (restAfter(TRACKING_LABEL, v) !== undefined || restAfter(CARRIER_LABEL, v) !== undefined) return undefined;
  // Dates, times and sentences are not carrier names.
  if (/\d{1,2}(?::\d{2})?\s*(?:am|pm|uhr|h)\b|\d{1,2}[./]\d{1,2}|\b\d{4}\b/i.test(v) || v.split(' ').length > 5)
    return undefined;
  return v;
}

export function carrierFor(trackingNumber: string, context = ''): string | undefined {
  for (const s of DISTINCT) if (s.re.test(trackingNumber)) return s.carrier;
  for (const [re, name] of NAMES) if (re.test(context)) return name;
  return undefined;
}

export interface TrackingFound {
  trackingNumber: string;
  carrier?: string;
  /** 'shape': the number's format names the carrier; 'label': a bare number beside a tracking label. */
  by: 'shape' | 'label';
}

const LABEL = new RegExp(`(?:${TRACKING_LABEL.source})\\s*[:：#]?\\s*([A-Z]{0,4}\\d[\\dA-Z]{7,25})`, 'gi');

/** Every tracking number in a text, each once. */
export function findTracking(text: string): TrackingFound[] {
  const out = new Map<string, TrackingFound>();
  for (const s of DISTINCT) {
    for (const m of text.matchAll(new RegExp(s.re.source, 'g'))) {
      if (!out.has(m[0])) out.set(m[0], { trackingNumber: m[0], carrier: s.carrier, by: 'shape' });
    }
  }
  for (const m of text.matchAll(LABEL)) {
    const n = m[1]!;
    if (out.has(n) || !/^\D{0,4}\d{8,}/.test(n)) continue;
    // The carrier name is looked for on the same stretch of text only (40 characters either side).
    const at = m.index ?? 0;
    const near = text.slice(Math.max(0, at - 40), at + m[0].length + 40);
    const carrier = carrierFor(n, near);
    out.set(n, { trackingNumber: n, ...(carrier ? { carrier } : {}), by: 'label' });
  }
  return [...out.values()];
}
