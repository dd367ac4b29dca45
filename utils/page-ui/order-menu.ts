import { t, uiLanguage } from '../i18n';
import { displayLocale, formatMoney, formatPageDate } from '../i18n-format';
import { createClosedHost } from './closed-host';
import { onTrusted } from './trusted';

/** One order of a list page as the loader gets it: what a person recognises it by. */
export interface MenuOrder {
  orderId: string;
  item?: string;
  moreItems?: number;
  seller?: string;
  placedAt?: string;
  total?: { amount: number; currency: string };
}

const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 64px; z-index: 2147483647; }
.panel { box-sizing: border-box; width: min(380px, calc(100vw - 32px)); max-height: min(480px, calc(100vh - 96px));
  display: flex; flex-direction: column; background: #fff; color: #15191e; border-radius: 10px;
  box-shadow: 0 4px 20px rgba(0,0,0,.3); font: 14px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
.head { display: flex; align-items: center; gap: 8px; padding: 10px 12px; border-bottom: 1px solid #d9dee4; }
.head strong { flex: 1; font-size: 15px; }
.list { overflow-y: auto; padding: 4px; margin: 0; list-style: none; }
.order { display: block; width: 100%; text-align: left; border: 0; background: none; color: inherit; font: inherit;
  padding: 8px; border-radius: 6px; cursor: pointer; }
.order:hover, .order:focus-visible { background: #e7f3ee; }
.order:focus-visible, .close:focus-visible { outline: 3px solid #0b6e4f; outline-offset: -3px; }
.item { display: block; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.item.unknown { font-weight: 400; color: #5b6470; }
.details { display: block; color: #5b6470; font-size: 12.5px; }
.close { border: 1px solid #d9dee4; background: #fff; color: #15191e; border-radius: 6px; padding: 4px 10px;
  font: inherit; cursor: pointer; }
.foot { padding: 8px 12px; border-top: 1px solid #d9dee4; color: #5b6470; font-size: 12.5px; }
`;

/** "Wireless earbuds +1" and "Seller · 4 Nov 2026 · ¥237.90 · Order 4371…" for one row. */
export function orderRowText(o: MenuOrder): { item?: string; details: string } {
  const locale = displayLocale(uiLanguage());
  const details = [
    o.seller,
    o.placedAt ? formatPageDate(o.placedAt, { locale }) : undefined,
    o.total ? formatMoney(o.total, locale) : undefined,
    t('caseOrder', o.orderId),
  ];
  return {
    ...(o.item ? { item: `${o.item}${o.moreItems ? ` +${o.moreItems}` : ''}` } : {}),
    details: details.filter(Boolean).join(' · '),
  };
}

/**
 * The in-page order picker of a list page: the in-page button opens it instead of saving the first
 * order. A click on a row (the user's own, trusted) resolves that order's id; Esc or Close resolves
 * undefined. It only ever shows text it composed (textContent), never page markup.
 */
export function pickOrderInPage(doc: Document, orders: readonly MenuOrder[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    const { host, root } = createClosedHost(doc, 'orderproof-orders', 'order-menu', STYLE);
    const panel = doc.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', t('orderMenuHeading'));
    const head = doc.createElement('div');
    head.className = 'head';
    const title = doc.createElement('strong');
    title.textContent = t('orderMenuHeading');
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = t('close');
    head.append(title, close);
    const list = doc.createElement('ul');
    list.className = 'list';
    const buttons = orders.map((o) => {
      const text = orderRowText(o);
      const li = doc.createElement('li');
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = 'order';
      b.dataset.orderId = o.orderId;
      const item = doc.createElement('span');
      item.className = text.item ? 'item' : 'item unknown';
      item.textContent = text.item ?? t('orderItemUnknown');
      const details = doc.createElement('span');
      details.className = 'details';
      details.textContent = text.details;
      b.append(item, details);
      li.append(b);
      list.append(li);
      return b;
    });
    const foot = doc.createElement('div');
    foot.className = 'foot';
    foot.textContent = t('orderMenuHint', String(orders.length));
    panel.append(head, list, foot);
    root.append(panel);

    const end = (orderId: string | undefined) => {
      stops.forEach((stop) => stop());
      host.remove();
      resolve(orderId);
    };
    const stops = [
      onTrusted(close, 'click', () => end(undefined)),
      ...buttons.map((b) => onTrusted(b, 'click', () => end(b.dataset.orderId))),
      onTrusted(
        doc,
        'keydown',
        (e) => {
          if (e.key === 'Escape') end(undefined);
        },
        true,
      ),
    ];
    doc.documentElement.append(host);
    buttons[0]?.focus();
  });
}
