/**
 * The chat content script's own UI: the "保存整段聊天 / Save whole chat" button and the list picker,
 * each in its own closed shadow root so the page cannot style, read into or press them. They only ever
 * show text OrderProof composed (textContent), never page markup.
 */
import { createClosedHost } from '../../utils/page-ui/closed-host';
import { mountFloatingButton, type FloatingButton } from '../../utils/page-ui/floating-button';
import { onTrusted } from '../../utils/page-ui/trusted';

export type ChatButton = FloatingButton;

export function mountChatButton(doc: Document, label: string, onClick: () => void): ChatButton {
  return mountFloatingButton(doc, {
    tag: 'orderproof-chat',
    role: 'chat-button',
    label,
    background: '#1d4f91',
    hover: '#163d70',
    bottom: 72,
    onClick,
  });
}

const PICKER_STYLE = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; cursor: crosshair; }
.box { position: fixed; pointer-events: none; border: 2px solid #1d4f91; background: rgba(29,79,145,.12); }
.hint { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); pointer-events: none;
  font: 13px/1.4 system-ui, "PingFang SC", sans-serif; color: #fff; background: #1d4f91; padding: 6px 12px; border-radius: 6px; }
`;

/**
 * Lets the user point at an element: the one under the pointer is outlined, a click picks it, ↑ widens
 * the pick to its parent, Esc cancels (resolves undefined). Only the user's own pointer and keys count:
 * a page script that moves, clicks or presses keys cannot choose the list that is saved.
 */
export function pickElement(doc: Document, hint: string): Promise<Element | undefined> {
  return new Promise((resolve) => {
    const { host, root } = createClosedHost(doc, 'orderproof-chat-picker', 'chat-picker', PICKER_STYLE);
    const box = doc.createElement('div');
    box.className = 'box';
    const tip = doc.createElement('div');
    tip.className = 'hint';
    tip.textContent = hint;
    root.append(box, tip);
    let current: Element | undefined;
    const show = (el: Element | undefined) => {
      current = el;
      const r = el?.getBoundingClientRect();
      box.style.display = r ? 'block' : 'none';
      if (r)
        Object.assign(box.style, {
          left: `${r.left}px`,
          top: `${r.top}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
        });
    };
    const under = (x: number, y: number) =>
      doc
        .elementsFromPoint(x, y)
        .find((e) => e !== host && !host.contains(e) && e !== doc.documentElement && e !== doc.body);
    const end = (el: Element | undefined) => {
      host.remove();
      stopKeys();
      resolve(el);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') end(undefined);
      else if (e.key === 'ArrowUp' && current?.parentElement && current.parentElement !== doc.body)
        show(current.parentElement);
      else if (e.key === 'Enter' && current) end(current);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    onTrusted(host, 'mousemove', (e) => show(under(e.clientX, e.clientY)));
    onTrusted(host, 'click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      end(current ?? under(e.clientX, e.clientY));
    });
    const stopKeys = onTrusted(doc, 'keydown', onKey, true);
    doc.documentElement.append(host);
  });
}
