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
];

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

const LABEL = /(?:tracking\s*(?:number|no\.?|#|id)?|waybill|运单号|快递单号|物流单号|运单编号|追踪号)\s*[:：#]?\s*([A-Z]{0,4}\d[\dA-Z]{7,25})/gi;

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
