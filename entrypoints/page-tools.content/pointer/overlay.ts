import { createClosedHost } from '../../../utils/page-ui/closed-host';
import { onTrusted } from '../../../utils/page-ui/trusted';

const STYLE = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; cursor: pointer; }
.layer { position: absolute; inset: 0; }
.box { position: absolute; border: 2px solid #0a7cff; background: rgba(10,124,255,.12); pointer-events: none; display: none; }
.hint { position: absolute; top: 12px; left: 50%; transform: translateX(-50%); max-width: 80%;
  font: 13px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #fff; background: rgba(0,0,0,.8);
  border-radius: 6px; padding: 6px 10px; pointer-events: none; }
`;

/**
 * Lets the user point at one element: the one under the mouse is outlined, a click picks it, Esc
 * cancels (undefined). It lives in a closed shadow root above the page and listens to trusted input
 * only, so a page script can neither press it nor forge a pick; the hint is set as text, never markup.
 */
export function pointAtElement(doc: Document, hint: string): Promise<Element | undefined> {
  const { host, root } = createClosedHost(doc, 'orderproof-pointer', 'pointer', STYLE);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const box = doc.createElement('div');
  box.className = 'box';
  const tip = doc.createElement('div');
  tip.className = 'hint';
  tip.textContent = hint;
  root.append(layer, box, tip);

  // The innermost page element under the pointer, never our own.
  const under = (x: number, y: number): Element | undefined =>
    doc
      .elementsFromPoint(x, y)
      .find((el) => el !== host && !host.contains(el) && el !== doc.documentElement && el !== doc.body);

  return new Promise((resolve) => {
    const stops: (() => void)[] = [];
    const finish = (el: Element | undefined) => {
      for (const stop of stops) stop();
      host.remove();
      resolve(el);
    };
    stops.push(
      onTrusted(layer, 'pointermove', (e) => {
        const el = under(e.clientX, e.clientY);
        if (!el) return;
        const r = el.getBoundingClientRect();
        Object.assign(box.style, {
          display: 'block',
          left: `${r.left}px`,
          top: `${r.top}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
        });
      }),
      onTrusted(layer, 'click', (e) => {
        e.preventDefault();
        const el = under(e.clientX, e.clientY);
        if (el) finish(el);
      }),
      onTrusted(
        doc,
        'keydown',
        (e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          finish(undefined);
        },
        true,
      ),
    );
    doc.documentElement.append(host);
  });
}
