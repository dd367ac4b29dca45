/**
 * The chat content script's own UI: the "保存整段聊天 / Save whole chat" button and the list picker,
 * each in its own shadow root so the page cannot style or read into them. They only ever show text
 * OrderProof composed (textContent), never page markup.
 */

const BUTTON_STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 72px; z-index: 2147483647; }
button { font: 600 14px/1.2 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #fff;
  background: #1d4f91; border: 0; border-radius: 20px; padding: 10px 16px; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
button:hover { background: #163d70; }
button:focus-visible { outline: 3px solid #f5b700; outline-offset: 2px; }
button[disabled] { opacity: .8; cursor: progress; }
.status { display: block; margin-top: 6px; max-width: 320px; font: 12px/1.4 system-ui, sans-serif; color: #111;
  background: #fff; border-radius: 6px; padding: 6px 8px; box-shadow: 0 1px 4px rgba(0,0,0,.2); white-space: pre-wrap; }
.status:empty { display: none; }
`;

export interface ChatButton {
  host: HTMLElement;
  setHidden(hidden: boolean): void;
  setStatus(text: string, busy: boolean): void;
  remove(): void;
}

export function mountChatButton(doc: Document, label: string, onClick: () => void): ChatButton {
  const host = doc.createElement('orderproof-chat');
  host.setAttribute('data-orderproof', 'chat-button');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BUTTON_STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = label;
  const status = doc.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  shadow.append(style, button, status);
  button.addEventListener('click', () => {
    if (!button.disabled) onClick();
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

const PICKER_STYLE = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; cursor: crosshair; }
.box { position: fixed; pointer-events: none; border: 2px solid #1d4f91; background: rgba(29,79,145,.12); }
.hint { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); pointer-events: none;
  font: 13px/1.4 system-ui, "PingFang SC", sans-serif; color: #fff; background: #1d4f91; padding: 6px 12px; border-radius: 6px; }
`;

/**
 * Lets the user point at an element: the one under the pointer is outlined, a click picks it, ↑ widens
 * the pick to its parent, Esc cancels (resolves undefined).
 */
export function pickElement(doc: Document, hint: string): Promise<Element | undefined> {
  return new Promise((resolve) => {
    const host = doc.createElement('orderproof-chat-picker');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PICKER_STYLE;
    const box = doc.createElement('div');
    box.className = 'box';
    const tip = doc.createElement('div');
    tip.className = 'hint';
    tip.textContent = hint;
    shadow.append(style, box, tip);
    let current: Element | undefined;
    const show = (el: Element | undefined) => {
      current = el;
      const r = el?.getBoundingClientRect();
      box.style.display = r ? 'block' : 'none';
      if (r) Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    };
    const under = (x: number, y: number) => doc.elementsFromPoint(x, y).find((e) => e !== host && !host.contains(e) && e !== doc.documentElement && e !== doc.body);
    const end = (el: Element | undefined) => {
      host.remove();
      doc.removeEventListener('keydown', onKey, true);
      resolve(el);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') end(undefined);
      else if (e.key === 'ArrowUp' && current?.parentElement && current.parentElement !== doc.body) show(current.parentElement);
      else if (e.key === 'Enter' && current) end(current);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    host.addEventListener('mousemove', (e) => show(under(e.clientX, e.clientY)));
    host.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      end(current ?? under(e.clientX, e.clientY));
    });
    doc.addEventListener('keydown', onKey, true);
    doc.documentElement.append(host);
  });
}
