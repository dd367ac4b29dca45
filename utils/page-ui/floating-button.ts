import { createClosedHost } from './closed-host';
import { onTrusted } from './trusted';

/**
 * OrderProof's floating in-page buttons, each in its own closed shadow root so the page's styles cannot
 * reach them, they cannot restyle the page, and the page's scripts can neither press them nor read
 * their status. They only ever show text OrderProof composed (textContent).
 */
export interface FloatingButtonOptions {
  /** Custom element name of the host, e.g. `orderproof-save`. */
  tag: string;
  /** The host's `data-orderproof` value: everything with that attribute is hidden during captures. */
  role: string;
  label: string;
  background: string;
  hover: string;
  /** Distance from the bottom of the window, so several buttons stack. */
  bottom: number;
  onClick: () => void;
}

export interface FloatingButton {
  host: HTMLElement;
  setHidden(hidden: boolean): void;
  setStatus(text: string, busy: boolean): void;
  remove(): void;
}

function style(o: FloatingButtonOptions): string {
  return `
:host { all: initial; position: fixed; right: 16px; bottom: ${o.bottom}px; z-index: 2147483647; }
button { font: 600 14px/1.2 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #fff;
  background: ${o.background}; border: 0; border-radius: 20px; padding: 10px 16px; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
button:hover { background: ${o.hover}; }
button:focus-visible { outline: 3px solid #f5b700; outline-offset: 2px; }
button[disabled] { opacity: .8; cursor: progress; }
.status { display: block; margin-top: 6px; max-width: 320px; font: 12px/1.4 system-ui, sans-serif; color: #111;
  background: #fff; border-radius: 6px; padding: 6px 8px; box-shadow: 0 1px 4px rgba(0,0,0,.2); white-space: pre-wrap; }
.status:empty { display: none; }
`;
}

export function mountFloatingButton(doc: Document, o: FloatingButtonOptions): FloatingButton {
  const { host, root } = createClosedHost(doc, o.tag, o.role, style(o));
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = o.label;
  const status = doc.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  root.append(button, status);
  onTrusted(button, 'click', () => {
    if (!button.disabled) o.onClick();
  });
  doc.documentElement.append(host);
  return {
    host,
    setHidden(hidden) {
      host.style.setProperty('display', hidden ? 'none' : 'block', 'important');
    },
    setStatus(text, busy) {
      status.textContent = text;
      button.disabled = busy;
    },
    remove() {
      host.remove();
    },
  };
}
