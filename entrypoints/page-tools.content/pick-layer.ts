import { createClosedHost } from '../../utils/page-ui/closed-host';

/** What the region picker and the pointer differ in: their tag, role, cursor and colour. */
export interface PickLayerLook {
  tag: string;
  role: 'picker' | 'pointer';
  cursor: 'crosshair' | 'pointer';
  /** The outline's colour, as r,g,b. */
  rgb: string;
}

const style = ({ cursor, rgb }: PickLayerLook) => `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; cursor: ${cursor}; }
.layer { position: absolute; inset: 0; }
.box { position: absolute; border: 2px solid rgb(${rgb}); background: rgba(${rgb},.14); pointer-events: none; display: none; }
.hint { position: absolute; top: 12px; left: 50%; transform: translateX(-50%); max-width: 80%;
  font: 13px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #fff; background: rgba(0,0,0,.8);
  border-radius: 6px; padding: 6px 10px; pointer-events: none; }
`;

export interface PickLayer {
  host: HTMLElement;
  /** Takes the pointer's events; listeners go on it, trusted input only. */
  layer: HTMLElement;
  /** The outline drawn over what would be picked. */
  box: HTMLElement;
  /** The innermost page element at a point, never our own layer, the page's root or its body. */
  under(x: number, y: number): Element | undefined;
}

/**
 * The layer both the region picker and the pointer put over the page: a closed shadow root (so a page script
 * can neither read nor press it) with an outline box and a hint, set as text, never markup. Not yet attached:
 * the caller appends `host` once its listeners are in place.
 */
export function createPickLayer(doc: Document, look: PickLayerLook, hint: string): PickLayer {
  const { host, root } = createClosedHost(doc, look.tag, look.role, style(look));
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const box = doc.createElement('div');
  box.className = 'box';
  const tip = doc.createElement('div');
  tip.className = 'hint';
  tip.textContent = hint;
  root.append(layer, box, tip);
  const under = (x: number, y: number): Element | undefined =>
    doc
      .elementsFromPoint(x, y)
      .find((el) => el !== host && !host.contains(el) && el !== doc.documentElement && el !== doc.body);
  return { host, layer, box, under };
}
