import type { Order } from '../schemas/order';
import { formatDateTime, formatMoney, formatPageDate, localTimeZone, type DisplayLocale } from '../i18n-format';
import { escapeHtml as e } from './html';
import { reportGuidance, reportOrder, type ReportGuidance } from './report-guidance';
import { reportTextLanguage, type ReportInput, type ReportLang } from './report-input';

/** Shared with report.pdf so both say the same thing. */
export const REPORT_LABELS = {
  en: {
    title: 'Evidence report',
    case: 'Case',
    platform: 'Platform',
    role: 'Role',
    order: 'Order',
    created: 'Created',
    orderFacts: 'Order facts',
    evidence: 'Evidence',
    audit: 'Audit log',
    hash: 'SHA-256',
    captured: 'Captured',
    source: 'Source',
    file: 'File',
    item: 'Item',
    qty: 'Qty',
    price: 'Unit price',
    total: 'Total',
    placed: 'Placed',
    status: 'Status',
    seller: 'Seller',
    tracking: 'Tracking',
    deleted: 'Content deleted',
    health: 'Capture notes',
    verifyNote:
      'Every file is listed in manifest.json and SHA256SUMS; run "sha256sum -c SHA256SUMS" in this folder to check them.',
    head: 'Audit chain head',
    generated: 'Generated',
    action: 'Action',
    time: 'Time',
    page: 'Page',
    of: 'of',
    summary: 'Summary',
    timesIn: 'Times are shown in',
    size: 'Size',
    capturedBy: 'How',
    roles: { buyer: 'Buyer', seller: 'Seller' },
    kinds: {
      screenshot: 'Screenshot',
      'full-page-screenshot': 'Full-page screenshot',
      'page-snapshot': 'Page snapshot',
      'order-data': 'Order data',
      'chat-transcript': 'Chat transcript',
      'uploaded-file': 'Uploaded file',
      note: 'Note',
    },
    actions: {
      create: 'Case created',
      edit: 'Edited',
      attach: 'Evidence added',
      move: 'Moved',
      delete: 'Deleted',
      export: 'Pack exported',
      import: 'Imported',
      correct: 'Order fact fixed',
      redact: 'Masked copy made',
    },
  },
  zh: {
    title: '证据报告',
    case: '案件',
    platform: '平台',
    role: '身份',
    order: '订单',
    created: '创建时间',
    orderFacts: '订单信息',
    evidence: '证据',
    audit: '操作日志',
    hash: 'SHA-256',
    captured: '保存时间',
    source: '来源',
    file: '文件',
    item: '商品',
    qty: '数量',
    price: '单价',
    total: '合计',
    placed: '下单时间',
    status: '状态',
    seller: '卖家',
    tracking: '物流单号',
    deleted: '内容已删除',
    health: '截取说明',
    verifyNote: '所有文件均列于 manifest.json 与 SHA256SUMS；在本文件夹运行 "sha256sum -c SHA256SUMS" 即可校验。',
    head: '日志链末端哈希',
    generated: '生成时间',
    action: '操作',
    time: '时间',
    page: '第',
    of: '页，共',
    summary: '概要',
    timesIn: '时间均按此时区显示：',
    size: '大小',
    capturedBy: '方式',
    roles: { buyer: '买家', seller: '卖家' },
    kinds: {
      screenshot: '截图',
      'full-page-screenshot': '整页截图',
      'page-snapshot': '网页快照',
      'order-data': '订单数据',
      'chat-transcript': '聊天记录',
      'uploaded-file': '上传的文件',
      note: '备注',
    },
    actions: {
      create: '创建档案',
      edit: '修改',
      attach: '添加证据',
      move: '移动',
      delete: '删除',
      export: '导出证据包',
      import: '导入',
      correct: '修改订单信息',
      redact: '生成遮盖副本',
    },
  },
  'zh-TW': {
    title: '證據報告',
    case: '案件',
    platform: '平台',
    role: '身分',
    order: '訂單',
    created: '建立時間',
    orderFacts: '訂單資訊',
    evidence: '證據',
    audit: '操作紀錄',
    hash: 'SHA-256',
    captured: '儲存時間',
    source: '來源',
    file: '檔案',
    item: '商品',
    qty: '數量',
    price: '單價',
    total: '合計',
    placed: '下單時間',
    status: '狀態',
    seller: '賣家',
    tracking: '物流單號',
    deleted: '內容已刪除',
    health: '擷取說明',
    verifyNote: '所有檔案均列於 manifest.json 與 SHA256SUMS；在本資料夾執行「sha256sum -c SHA256SUMS」即可驗證。',
    head: '日誌鏈末端雜湊',
    generated: '產生時間',
    action: '操作',
    time: '時間',
    page: '第',
    of: '頁，共',
    summary: '摘要',
    timesIn: '時間均依此時區顯示：',
    size: '大小',
    capturedBy: '方式',
    roles: { buyer: '買家', seller: '賣家' },
    kinds: {
      screenshot: '截圖',
      'full-page-screenshot': '整頁截圖',
      'page-snapshot': '網頁快照',
      'order-data': '訂單資料',
      'chat-transcript': '聊天紀錄',
      'uploaded-file': '上傳的檔案',
      note: '備註',
    },
    actions: {
      create: '建立檔案',
      edit: '修改',
      attach: '新增證據',
      move: '移動',
      delete: '刪除',
      export: '匯出證據包',
      import: '匯入',
      correct: '修改訂單資訊',
      redact: '產生遮蓋副本',
    },
  },
} as const;
const L = REPORT_LABELS;

export const reportLocale = (lang: ReportLang): DisplayLocale => reportTextLanguage(lang);

export const money = (m: { amount: number; currency: string } | undefined, lang: ReportLang = 'en') =>
  m ? formatMoney(m, reportLocale(lang)) : '';

/** A moment in the report: the reader's language, the zone named, to the second (evidence timing). */
export function reportTime(at: number | string, lang: ReportLang, timeZone = localTimeZone()): string {
  return formatDateTime(at, { locale: reportLocale(lang), timeZone, seconds: true });
}

/** Marketplace display names for reports, which are built where the extension's i18n is not available. */
const PLATFORM_NAMES: Record<string, { en: string; zh: string; 'zh-TW'?: string }> = {
  '1688': { en: '1688', zh: '1688 阿里巴巴' },
  alibaba: { en: 'Alibaba.com', zh: '阿里巴巴国际站', 'zh-TW': '阿里巴巴國際站' },
  aliexpress: { en: 'AliExpress', zh: '速卖通', 'zh-TW': '速賣通' },
  amazon: { en: 'Amazon', zh: '亚马逊', 'zh-TW': '亞馬遜' },
  'demo-shop': { en: 'OrderProof demo shop', zh: 'OrderProof 演示商店', 'zh-TW': 'OrderProof 示範商店' },
  douyin: { en: 'Douyin Shop', zh: '抖店' },
  ebay: { en: 'eBay', zh: 'eBay' },
  etsy: { en: 'Etsy', zh: 'Etsy' },
  jd: { en: 'JD.com', zh: '京东', 'zh-TW': '京東' },
  lazada: { en: 'Lazada', zh: 'Lazada' },
  pinduoduo: { en: 'Pinduoduo', zh: '拼多多' },
  shein: { en: 'SHEIN', zh: 'SHEIN' },
  shopee: { en: 'Shopee', zh: '虾皮', 'zh-TW': '蝦皮購物' },
  taobao: { en: 'Taobao / Tmall', zh: '淘宝 / 天猫', 'zh-TW': '淘寶 / 天貓' },
  temu: { en: 'Temu', zh: 'Temu' },
  'tiktok-shop': { en: 'TikTok Shop', zh: 'TikTok Shop' },
  walmart: { en: 'Walmart', zh: '沃尔玛', 'zh-TW': '沃爾瑪' },
};
const OTHER_SITE: Record<ReportLang, string> = { en: 'Other site', zh: '其他网站', 'zh-TW': '其他網站' };
export function reportPlatform(id: string, lang: ReportLang): string {
  const names = PLATFORM_NAMES[id];
  if (!names) return OTHER_SITE[lang];
  return lang === 'zh-TW' ? (names['zh-TW'] ?? names.zh) : names[lang];
}

/** Chinese reports take full-width punctuation. */
export const reportColon = (lang: ReportLang): string => (lang === 'en' ? ': ' : '：');

/** The order's facts both reports show, label and value, only those the order has. */
export function orderFacts(order: Order, l: (typeof L)[ReportLang], lang: ReportLang = 'en'): [string, string][] {
  const facts: [string, string | undefined][] = [
    [l.order, order.orderId],
    [l.placed, order.placedAt ? formatPageDate(order.placedAt, { locale: reportLocale(lang) }) : undefined],
    [l.status, order.status],
    [l.seller, order.seller],
    [l.total, money(order.amounts.total, lang)],
    [l.tracking, order.shipments.map((s) => [s.carrier, s.trackingNumber].filter(Boolean).join(' ')).join('; ')],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[1]));
}

function orderSection(order: Order, l: (typeof L)[ReportLang], lang: ReportLang): string {
  const rows = order.items
    .map(
      (i) =>
        `<tr><td>${e(i.title)}</td><td>${e(i.itemId)}</td><td>${e(i.quantity)}</td><td>${e(money(i.unitPrice, lang))}</td></tr>`,
    )
    .join('');
  return `<dl>${orderFacts(order, l, lang)
    .map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`)
    .join('')}</dl>
<table><thead><tr><th>${l.item}</th><th>ID</th><th>${l.qty}</th><th>${l.price}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function guidanceSection(g: ReportGuidance): string {
  const steps = g.steps
    .map(
      (s) =>
        `<li><strong>${e(s.zh)}</strong> / ${e(s.en)}${s.done ? ` · ${e(s.done)}` : ''}${s.deadlines.length ? `<ul>${s.deadlines.map((d) => `<li>${e(d)}</li>`).join('')}</ul>` : ''}</li>`,
    )
    .join('');
  return `<h2>${e(g.heading)}</h2><p>${e(g.title)}</p><ol>${steps}</ol><p>${e(g.footer)}</p>`;
}

/** A self-contained, printable report: no scripts, no external resources. */
export function renderReportHtml(input: ReportInput): string {
  const l = L[input.lang];
  const c = input.case;
  const order = reportOrder(input);
  const guidance = reportGuidance(c, input.lang);
  const zone = localTimeZone();
  const when = (at: number | string) => reportTime(at, input.lang, zone);
  const colon = reportColon(input.lang);
  const evidence = input.evidence
    .map(({ item, paths }) => {
      const img = paths.find((p) => p.endsWith('.png'));
      return `<article>
<h3>${e(item.title)} <small>(${e(l.kinds[item.kind])})</small></h3>
<p>${l.captured}${colon}${e(when(item.capturedAt))}${item.sourceUrl ? ` · ${l.source}${colon}${e(item.sourceUrl)}` : ''}</p>
${item.deletedAt ? `<p><strong>${l.deleted}</strong></p>` : ''}
${img ? `<img src="${e(img)}" alt="${e(item.title)}">` : ''}
${item.capture.health.length ? `<p>${l.health}${colon}${item.capture.health.map(e).join('; ')}</p>` : ''}
<ul>${item.files.map((f, i) => `<li>${l.file}${colon}${e(paths[i] ?? f.name)} · ${f.size} B · ${l.hash} <code>${e(f.sha256)}</code></li>`).join('')}</ul>
</article>`;
    })
    .join('\n');
  const audit = input.audit
    .map(
      (a) =>
        `<tr><td>${a.seq}</td><td>${e(when(a.at))}</td><td>${e(l.actions[a.action])}</td><td><code>${e(a.hash)}</code></td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${reportLocale(input.lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'">
<title>${l.title}${colon}${e(c.title)}</title>
<style>body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;}:lang(zh-TW) body{font-family:system-ui,"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC",sans-serif}body{max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
code{font-size:12px;word-break:break-all}img{max-width:100%;border:1px solid #ccc}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:4px;text-align:left;vertical-align:top}dt{font-weight:600}article{break-inside:avoid;margin:1.5rem 0}</style>
</head><body>
<h1>${l.title}${colon}${e(c.title)}</h1>
<dl><dt>${l.platform}</dt><dd>${e(reportPlatform(c.platform, input.lang))}</dd><dt>${l.role}</dt><dd>${e(l.roles[c.role])}</dd>
${c.orderRef ? `<dt>${l.order}</dt><dd>${e(c.orderRef)}</dd>` : ''}<dt>${l.created}</dt><dd>${e(when(c.createdAt))}</dd>
<dt>${l.generated}</dt><dd>${e(when(input.generatedAt))}</dd></dl>
<p>${l.timesIn}${input.lang === 'en' ? ' ' : ''}${e(zone)}</p>
${order ? `<h2>${l.orderFacts}</h2>${orderSection(order, l, input.lang)}` : ''}
${guidance ? guidanceSection(guidance) : ''}
<h2>${l.evidence}</h2>
${evidence}
<h2>${l.audit}</h2>
<table><thead><tr><th>#</th><th>${l.time}</th><th>${l.action}</th><th>${l.hash}</th></tr></thead><tbody>${audit}</tbody></table>
<p>${l.head}${colon}<code>${e(input.auditHead)}</code></p>
<p>${l.verifyNote}</p>
</body></html>`;
}
