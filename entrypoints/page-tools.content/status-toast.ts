import { createClosedHost } from '../../utils/page-ui/closed-host';

const STYLE = `
:host { all: initial; position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; }
.toast { display: block; max-width: 360px; font: 13px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #111; background: #fff; border-left: 4px solid #0b6e4f; border-radius: 6px; padding: 8px 10px;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.toast:empty { display: none; }
`;

export interface StatusToast {
  host: HTMLElement;
  show(text: string, done: boolean): void;
  setHidden(hidden: boolean): void;
}

/**
 * A status line for captures on any page (the in-page button exists only on known marketplaces).
 * Text only; it is hidden while the page is pictured and fades a while after a capture ends.
 */
export function mountStatusToast(doc: Document): StatusToast {
  // Closed, so the page cannot read what was saved (security review #2).
  const { host, root } = createClosedHost(doc, 'orderproof-status', 'status', STYLE);
  const toast = doc.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  root.append(toast);
  doc.documentElement.append(host);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    host,
    show(text, done) {
      if (timer) clearTimeout(timer);
      toast.textContent = text;
      if (done) timer = setTimeout(() => (toast.textContent = ''), 8000);
    },
    setHidden(hidden) {
      host.style.setProperty('display', hidden ? 'none' : 'block', 'important');
    },
  };
}
