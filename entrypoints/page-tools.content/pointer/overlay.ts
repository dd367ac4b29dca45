import { createPickLayer } from '../pick-layer';
import { onTrusted } from '../../../utils/page-ui/trusted';

/**
 * Lets the user point at one element: the one under the mouse is outlined, a click picks it, Esc
 * cancels (undefined). It lives in a closed shadow root above the page and listens to trusted input
 * only, so a page script can neither press it nor forge a pick; the hint is set as text, never markup.
 */
export function pointAtElement(doc: Document, hint: string): Promise<Element | undefined> {
  const { host, layer, box, under } = createPickLayer(
    doc,
    { tag: 'orderproof-pointer', role: 'pointer', cursor: 'pointer', rgb: '10,124,255' },
    hint,
  );

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
