import { t } from '../i18n';

const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
button { font: 600 14px/1.2 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #fff;
  background: #0b6e4f; border: 0; border-radius: 20px; padding: 10px 16px; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
button:hover { background: #095c42; }
button:focus-visible { outline: 3px solid #f5b700; outline-offset: 2px; }
button[disabled] { opacity: .8; cursor: progress; }
.status { display: block; margin-top: 6px; max-width: 280px; font: 12px/1.4 system-ui, sans-serif; color: #111;
  background: #fff; border-radius: 6px; padding: 6px 8px; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
.status:empty { display: none; }
`;

export interface InPageButton {
  host: HTMLElement;
  setHidden(hidden: boolean): void;
  remove(): void;
}

/**
 * The "保存证据 / Save evidence" button, in its own shadow root so the page's styles cannot reach it
 * and it cannot restyle the page. It only ever shows text it composed itself.
 */
export function mountInPageButton(doc: Document, onSave: (report: (status: string) => void) => Promise<void>, label = t('saveEvidenceBilingual')): InPageButton {
  const host = doc.createElement('orderproof-save');
  host.setAttribute('data-orderproof', 'save-button');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = label;
  const status = doc.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  shadow.append(style, button, status);
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = t('saving');
    onSave((text) => {
      status.textContent = text;
    }).finally(() => {
      button.disabled = false;
    });
  });
  doc.documentElement.append(host);
  return {
    host,
    setHidden(hidden) {
      host.style.setProperty('display', hidden ? 'none' : 'block', 'important');
    },
    remove() {
      host.remove();
    },
  };
}
