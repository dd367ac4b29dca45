/**
 * Calendar dates as the marketplaces print them, to ISO YYYY-MM-DD.
 *
 * Written by hand rather than with date-fns `parse`: the sites mix a dozen languages, abbreviations
 * with and without dots and optional years, and one pass over a month-name table handles all of them
 * with less code (this runs in the content script) than one date-fns format string per variant.
 */

const MONTHS: Record<string, number> = {};
const NAMES: string[][] = [
  // en, de, fr, es, it, nl, pt, sv, pl (genitive, as dates use it), tr
  [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'januari',
    'janeiro',
    'stycznia',
    'styczeń',
    'sty',
    'ocak',
  ],
  [
    'february',
    'feb',
    'februar',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'febrero',
    'febbraio',
    'februari',
    'fevereiro',
    'fev',
    'lutego',
    'luty',
    'lut',
    'şubat',
  ],
  ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marca', 'marzec', 'mart'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'kwi', 'nisan'],
  ['may', 'mai', 'mayo', 'may', 'maggio', 'mei', 'maio', 'maj', 'maja', 'mayıs'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'cze', 'haziran'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'lip', 'temmuz'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'augusti', 'sierpnia', 'sierpień', 'ağustos'],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'setiembre',
    'settembre',
    'setembro',
    'września',
    'wrzesień',
    'wrz',
    'eylül',
  ],
  [
    'october',
    'oct',
    'oktober',
    'okt',
    'octobre',
    'octubre',
    'ottobre',
    'ott',
    'outubro',
    'października',
    'październik',
    'paź',
    'ekim',
  ],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'kasım'],
  [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'decembre',
    'déc',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
    'grudnia',
    'grudzień',
    'gru',
    'aralık',
  ],
];
// ru (AliExpress Russia), genitive as dates print them: "5 марта 2024 г."
const RU = [
  ['января', 'янв'],
  ['февраля', 'фев'],
  ['марта'],
  ['апреля', 'апр'],
  ['мая'],
  ['июня', 'июн'],
  ['июля', 'июл'],
  ['августа', 'авг'],
  ['сентября', 'сен', 'сент'],
  ['октября', 'окт'],
  ['ноября', 'ноя'],
  ['декабря', 'дек'],
];
// id (Shopee, Lazada, Tokopedia: "3 Maret 2024", "03 Agu 2024") and ms ("3 Mac 2024", "Ogos", "Disember"),
// the CLDR month names and their short forms.
const ID_MS = [
  ['januari', 'jan'],
  ['februari', 'feb'],
  ['maret', 'mac', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'julai', 'jul'],
  ['agustus', 'agu', 'agt', 'ogos', 'ogo'],
  ['september', 'sep'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['desember', 'des', 'disember', 'dis'],
];
// ar (Amazon.ae/.sa/.eg, AliExpress, Temu, SHEIN Arabic views): the Gregorian month names as Gulf and Egyptian
// sites write them, with and without hamza.
const AR = [
  ['يناير'],
  ['فبراير'],
  ['مارس'],
  ['أبريل', 'ابريل', 'إبريل'],
  ['مايو'],
  ['يونيو'],
  ['يوليو'],
  ['أغسطس', 'اغسطس'],
  ['سبتمبر'],
  ['أكتوبر', 'اكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
];
// it and pt short forms ("3 gen 2024", "3 set. 2024", "3 out. 2024") and tl (Shopee and Lazada Philippines in
// Filipino: "3 Marso 2024"), the CLDR names. Short forms that are words elsewhere are read only beside a year.
const IT_PT_TL = [
  ['gen', 'enero', 'ene'],
  ['pebrero', 'peb'],
  ['marso'],
  ['abril'],
  ['mag', 'mayo'],
  ['hunyo', 'hun'],
  ['hulyo', 'hul'],
  ['ago', 'agosto'],
  ['set', 'setyembre'],
  ['out', 'oktubre'],
  ['nobyembre', 'nob'],
  ['disyembre'],
];
// he (AliExpress Hebrew): "3 במרץ 2024", the month with its prefix ב ("in").
const HE = [
  ['ינואר'],
  ['פברואר'],
  ['מרץ', 'מרס'],
  ['אפריל'],
  ['מאי'],
  ['יוני'],
  ['יולי'],
  ['אוגוסט'],
  ['ספטמבר'],
  ['אוקטובר'],
  ['נובמבר'],
  ['דצמבר'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
IT_PT_TL.forEach((names, i) => names.forEach((n) => (MONTHS[n] ??= i + 1)));
HE.forEach((names, i) =>
  names.forEach((n) => {
    MONTHS[n] = i + 1;
    MONTHS[`ב${n}`] = i + 1;
  }),
);
RU.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
ID_MS.forEach((names, i) => names.forEach((n) => (MONTHS[n] ??= i + 1)));
/** Month words that are also common words elsewhere ("Mac", French "des"): read only beside a year. */
const WITH_YEAR_ONLY = new Set([
  'mac',
  'des',
  'dis',
  'gen',
  'mag',
  'ago',
  'set',
  'out',
  'hun',
  'hul',
  'peb',
  'nob',
  'лист',
]);
AR.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

// th (Shopee, Lazada Thailand): full names and the dotted short forms ("3 มี.ค. 2567"); Thai pages often count
// years in the Buddhist era (CE + 543).
const TH = [
  ['มกราคม', 'ม.ค.'],
  ['กุมภาพันธ์', 'ก.พ.'],
  ['มีนาคม', 'มี.ค.'],
  ['เมษายน', 'เม.ย.'],
  ['พฤษภาคม', 'พ.ค.'],
  ['มิถุนายน', 'มิ.ย.'],
  ['กรกฎาคม', 'ก.ค.'],
  ['สิงหาคม', 'ส.ค.'],
  ['กันยายน', 'ก.ย.'],
  ['ตุลาคม', 'ต.ค.'],
  ['พฤศจิกายน', 'พ.ย.'],
  ['ธันวาคม', 'ธ.ค.'],
];
const TH_MONTH = new Map(TH.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const TH_DATE = new RegExp(
  `(\\d{1,2})\\s*(${[...TH_MONTH.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/\./g, '\\.'))
    .join('|')})\\s*(\\d{4})`,
);

// uk (Rozetka, Prom, AliExpress in Ukrainian), genitive as dates print them: "5 березня 2024".
const UK = [
  ['січня', 'січ'],
  ['лютого', 'лют'],
  ['березня', 'бер'],
  ['квітня', 'квіт'],
  ['травня', 'трав'],
  ['червня', 'черв'],
  ['липня', 'лип'],
  ['серпня', 'серп'],
  ['вересня', 'вер'],
  ['жовтня', 'жовт'],
  ['листопада', 'лист'],
  ['грудня', 'груд'],
];
UK.forEach((names, i) => names.forEach((n) => (MONTHS[n] ??= i + 1)));

/**
 * Japanese era years as the common era ("令和6年3月5日" is 2024-03-05; 元年 is the era's first year): Japanese
 * shops and invoices print them. Heisei ran to 30 (2018), Reiwa from 2019.
 */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988 };
function japaneseEra(t: string): string {
  return t.replace(/(令和|平成)\s*(元|\d{1,2})\s*年/g, (_, era: string, y: string) => {
    const year = y === '元' ? 1 : Number(y);
    return era === '平成' && year > 31 ? _ : `${ERAS[era]! + year}年`;
  });
}

const WORD = '([A-Za-zÀ-ÿĀ-žğışçöüİĞŞА-яЁёЄєІіЇїҐґء-يא-ת]{3,12})\\.?';

/** Arabic-Indic, Persian and full-width digits as ASCII ("٣ مارس ٢٠٢٤", "２０２４年３月５日"). */
export function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * A Buddhist-era year (2533–2643) as the common era, beside a Thai month name only: a numeric date does not
 * say its calendar ("25/05/2568" stays unknown).
 */
function ceYear(y: number): number {
  return y >= 2533 && y <= 2643 ? y - 543 : y;
}

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1990 || y > 2100) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fullYear(y: string): number {
  return y.length === 4 ? Number(y) : 2000 + Number(y);
}

function month(word: string): number | undefined {
  return MONTHS[word.toLowerCase()];
}

export interface DateOptions {
  /**
   * A date the text's date cannot precede (usually the order date), used only for texts that print
   * no year ("Delivered November 2"): the year is the first one that puts the date on or after it.
   */
  notBefore?: string;
  /**
   * Whether the page's locale writes numeric dates day first ("03/04/2024" is 3 April) or month first (the
   * US); without it such a date is read only when one part is above 12 (locale.ts).
   */
  order?: 'dmy' | 'mdy';
  /** A Thai page: a year 2533–2643 in a numeric date is the Buddhist era ("25/05/2568" is 2025). */
  buddhistEra?: boolean;
}

/** The first date in `text` as YYYY-MM-DD, or undefined when there is none or it is ambiguous. */
export function parseDate(text: string | null | undefined, options: DateOptions = {}): string | undefined {
  if (!text) return undefined;
  // The Arabic comma stands where Latin dates have theirs ("٥ مارس، ٢٠٢٤" on Egyptian and Gulf pages).
  const t = japaneseEra(asciiDigits(text).replace(/،/g, ',').replace(/\s+/g, ' '));
  // 2022-10-14, 2022/10/14, 2022.10.14, 2022年10月14日, 2019年10月9日 (Amazon.co.jp), 2024년 3월 3일 (ko)
  const era = (y: number) => (options.buddhistEra ? ceYear(y) : y);
  let m = /(\d{4})\s*[-/.年년]\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})/.exec(t);
  if (m) return iso(era(Number(m[1])), Number(m[2]), Number(m[3]));
  // vi: "3 tháng 3, 2024", "ngày 03 tháng 03 năm 2024"
  m = /(\d{1,2})\s+(?:tháng|thg)\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})/i.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  // th: "3 มีนาคม 2567", "3 มี.ค. 2024"
  m = TH_DATE.exec(t);
  if (m) return iso(ceYear(Number(m[3])), TH_MONTH.get(m[2]!)!, Number(m[1]));
  // November 2, 2019 / Dec 9, 2023 / Nov. 2nd 2019
  for (const x of t.matchAll(new RegExp(`${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'g'))) {
    const mo = month(x[1]!);
    if (mo) return iso(Number(x[3]), mo, Number(x[2]));
  }
  // 2 November 2019 / 2. November 2019 / 9 Oct. 2019 / 2 de noviembre de 2019 / 2 listopada 2019
  for (const x of t.matchAll(new RegExp(`(\\d{1,2})\\.?\\s*(?:de\\s+)?${WORD},?\\s*(?:de\\s+)?(\\d{4})`, 'g'))) {
    const mo = month(x[2]!);
    if (mo) return iso(Number(x[3]), mo, Number(x[1]));
  }
  // 14.10.2022 (German-speaking sites only write day first with dots)
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(t);
  if (m) return iso(era(Number(m[3])), Number(m[2]), Number(m[1]));
  // Mar-31-18 / Mar-31-2018 (eBay's Selling Manager and Seller Hub tables), 31-Mar-18 (eBay UK, AU): the
  // month is a word, so the order is known; a two-digit year is this century's.
  m = new RegExp(`\\b${WORD}-(\\d{1,2})-(\\d{2}|\\d{4})\\b`).exec(t);
  if (m && month(m[1]!)) return iso(fullYear(m[3]!), month(m[1]!)!, Number(m[2]));
  m = new RegExp(`\\b(\\d{1,2})-${WORD}-(\\d{2}|\\d{4})\\b`).exec(t);
  if (m && month(m[2]!)) return iso(fullYear(m[3]!), month(m[2]!)!, Number(m[1]));
  // 25/05/2025, 05/25/2025: day or month first depends on the site, so only a part above 12 tells.
  m = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/.exec(t);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), era(Number(m[3]))];
    if (a > 12 && b <= 12) return iso(y, b, a);
    if (b > 12 && a <= 12) return iso(y, a, b);
    // Both parts 12 or less: only the page's locale says which is the day.
    if (options.order === 'dmy') return iso(y, b, a);
    if (options.order === 'mdy') return iso(y, a, b);
  }
  // 10月14日 and "November 2" / "2 November": no year printed.
  if (!options.notBefore) return undefined;
  let md: [number, number] | undefined;
  m = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(t);
  if (m) md = [Number(m[1]), Number(m[2])];
  for (const x of md ? [] : t.matchAll(new RegExp(`${WORD}\\s+(\\d{1,2})(?!\\d)`, 'g'))) {
    const mo = WITH_YEAR_ONLY.has(x[1]!.toLowerCase()) ? undefined : month(x[1]!);
    if (mo) {
      md = [mo, Number(x[2])];
      break;
    }
  }
  for (const x of md ? [] : t.matchAll(new RegExp(`(\\d{1,2})\\.?\\s+(?:de\\s+)?${WORD}`, 'g'))) {
    const mo = WITH_YEAR_ONLY.has(x[2]!.toLowerCase()) ? undefined : month(x[2]!);
    if (mo) {
      md = [mo, Number(x[1])];
      break;
    }
  }
  if (!md) return undefined;
  const ref = options.notBefore.slice(0, 10);
  const year = Number(ref.slice(0, 4));
  const same = iso(year, md[0], md[1]);
  return same && same >= ref ? same : iso(year + 1, md[0], md[1]);
}
