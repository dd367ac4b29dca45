import type { Case, Evidence } from '../schemas/records';
import type { Order } from '../schemas/order';
import type { AuditEntry } from '../schemas/records';
import { escapeHtml as e } from './html';
import { reportGuidance, reportOrder, type ReportGuidance } from './report-guidance';

export interface ReportInput {
  case: Case;
  evidence: { item: Evidence; paths: string[] }[];
  audit: AuditEntry[];
  auditHead: string;
  generatedAt: string;
  lang: 'en' | 'zh';
}

/** Shared with report.pdf so both say the same thing. */
export const REPORT_LABELS = {
  en: {
    title: 'Evidence report', case: 'Case', platform: 'Platform', role: 'Role', order: 'Order', created: 'Created',
    orderFacts: 'Order facts', evidence: 'Evidence', audit: 'Audit log', hash: 'SHA-256', captured: 'Captured',
    source: 'Source', file: 'File', item: 'Item', qty: 'Qty', price: 'Unit price', total: 'Total', placed: 'Placed',
    status: 'Status', seller: 'Seller', tracking: 'Tracking', deleted: 'Content deleted', health: 'Capture notes',
    verifyNote: 'Every file is listed in manifest.json and SHA256SUMS; run "sha256sum -c SHA256SUMS" in this folder to check them.',
    head: 'Audit chain head', generated: 'Generated',
  },
  zh: {
    title: '证据报告', case: '案件', platform: '平台', role: '身份', order: '订单', created: '创建时间',
    orderFacts: '订单信息', evidence: '证据', audit: '操作日志', hash: 'SHA-256', captured: '保存时间',
    source: '来源', file: '文件', item: '商品', qty: '数量', price: '单价', total: '合计', placed: '下单时间',
    status: '状态', seller: '卖家', tracking: '物流单号', deleted: '内容已删除', health: '截取说明',
    verifyNote: '所有文件均列于 manifest.json 与 SHA256SUMS；在本文件夹运行 "sha256sum -c SHA256SUMS" 即可校验。',
    head: '日志链末端哈希', generated: '生成时间',
  },
} as const;
const L = REPORT_LABELS;

export const money = (m: { amount: number; currency: string } | undefined) => (m ? `${m.currency} ${m.amount.toFixed(2)}` : '');

/** The order's facts both reports show, label and value, only those the order has. */
export function orderFacts(order: Order, l: (typeof L)['en' | 'zh']): [string, string][] {
  const facts: [string, string | undefined][] = [
    [l.order, order.orderId],
    [l.placed, order.placedAt],
    [l.status, order.status],
    [l.seller, order.seller],
    [l.total, money(order.amounts.total)],
    [l.tracking, order.shipments.map((s) => [s.carrier, s.trackingNumber].filter(Boolean).join(' ')).join('; ')],
  ];
  return facts.filter((f): f is [string, string] => Boolean(f[1]));
}

function orderSection(order: Order, l: (typeof L)['en' | 'zh']): string {
  const rows = order.items
    .map((i) => `<tr><td>${e(i.title)}</td><td>${e(i.itemId)}</td><td>${e(i.quantity)}</td><td>${e(money(i.unitPrice))}</td></tr>`)
    .join('');
  return `<dl>${orderFacts(order, l).map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>
<table><thead><tr><th>${l.item}</th><th>ID</th><th>${l.qty}</th><th>${l.price}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function guidanceSection(g: ReportGuidance): string {
  const steps = g.steps
    .map((s) => `<li><strong>${e(s.zh)}</strong> / ${e(s.en)}${s.done ? ` · ${e(s.done)}` : ''}${s.deadlines.length ? `<ul>${s.deadlines.map((d) => `<li>${e(d)}</li>`).join('')}</ul>` : ''}</li>`)
    .join('');
  return `<h2>${e(g.heading)}</h2><p>${e(g.title)}</p><ol>${steps}</ol><p>${e(g.footer)}</p>`;
}

/** A self-contained, printable report: no scripts, no external resources. */
export function renderReportHtml(input: ReportInput): string {
  const l = L[input.lang];
  const c = input.case;
  const order = reportOrder(input);
  const guidance = reportGuidance(c, input.lang);
  const evidence = input.evidence
    .map(({ item, paths }) => {
      const img = paths.find((p) => p.endsWith('.png'));
      return `<article>
<h3>${e(item.title)} <small>(${e(item.kind)})</small></h3>
<p>${l.captured}: ${e(new Date(item.capturedAt).toISOString())} · ${l.source}: ${e(item.sourceUrl)}</p>
${item.deletedAt ? `<p><strong>${l.deleted}</strong></p>` : ''}
${img ? `<img src="${e(img)}" alt="${e(item.title)}">` : ''}
${item.capture.health.length ? `<p>${l.health}: ${item.capture.health.map(e).join('; ')}</p>` : ''}
<ul>${item.files.map((f, i) => `<li>${l.file}: ${e(paths[i] ?? f.name)} · ${f.size} B · ${l.hash} <code>${e(f.sha256)}</code></li>`).join('')}</ul>
</article>`;
    })
    .join('\n');
  const audit = input.audit
    .map((a) => `<tr><td>${a.seq}</td><td>${e(new Date(a.at).toISOString())}</td><td>${e(a.action)}</td><td><code>${e(a.hash)}</code></td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'">
<title>${l.title}: ${e(c.title)}</title>
<style>body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
code{font-size:12px;word-break:break-all}img{max-width:100%;border:1px solid #ccc}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:4px;text-align:left;vertical-align:top}dt{font-weight:600}article{break-inside:avoid;margin:1.5rem 0}</style>
</head><body>
<h1>${l.title}: ${e(c.title)}</h1>
<dl><dt>${l.platform}</dt><dd>${e(c.platform)}</dd><dt>${l.role}</dt><dd>${e(c.role)}</dd>
<dt>${l.order}</dt><dd>${e(c.orderRef)}</dd><dt>${l.created}</dt><dd>${e(new Date(c.createdAt).toISOString())}</dd>
<dt>${l.generated}</dt><dd>${e(input.generatedAt)}</dd></dl>
${order ? `<h2>${l.orderFacts}</h2>${orderSection(order, l)}` : ''}
${guidance ? guidanceSection(guidance) : ''}
<h2>${l.evidence}</h2>
${evidence}
<h2>${l.audit}</h2>
<table><thead><tr><th>#</th><th>UTC</th><th></th><th>${l.hash}</th></tr></thead><tbody>${audit}</tbody></table>
<p>${l.head}: <code>${e(input.auditHead)}</code></p>
<p>${l.verifyNote}</p>
</body></html>`;
}
