import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { getDb } from '../../utils/db/database';
import { setRedactionBoxes } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import type { BoxRecord } from '../../utils/schemas/box';
import type { Evidence } from '../../utils/schemas/records';
import { useBlobUrl } from '../../hooks/use-blob-url';
import { errorText } from '../../utils/error-text';

const MIN_SIZE = 4;

/**
 * Draw boxes over a screenshot to mask those areas in shared copies (Mask personal data). Boxes are
 * kept in the picture's own pixels; the stored original is never painted on.
 */
export function RedactBoxes({ item, sha256, onClose }: { item: Evidence; sha256: string; onClose: () => void }) {
  const url = useBlobUrl(sha256);
  const img = useRef<HTMLImageElement>(null);
  const [boxes, setBoxes] = useState<BoxRecord[]>(item.redactionBoxes ?? []);
  const [start, setStart] = useState<{ x: number; y: number }>();
  const [draft, setDraft] = useState<BoxRecord>();
  const [error, setError] = useState<string>();
  const [natural, setNatural] = useState<{ w: number; h: number }>();

  const scale = () => {
    const el = img.current;
    return el && el.clientWidth ? el.naturalWidth / el.clientWidth : 1;
  };
  const at = (e: PointerEvent) => {
    const rect = img.current!.getBoundingClientRect();
    const k = scale();
    return { x: Math.max(0, (e.clientX - rect.left) * k), y: Math.max(0, (e.clientY - rect.top) * k) };
  };
  const boxFrom = (a: { x: number; y: number }, b: { x: number; y: number }): BoxRecord => ({
    x: Math.round(Math.min(a.x, b.x)),
    y: Math.round(Math.min(a.y, b.y)),
    width: Math.max(1, Math.round(Math.abs(b.x - a.x))),
    height: Math.max(1, Math.round(Math.abs(b.y - a.y))),
  });
  // Drawn as shares of the picture, so the boxes follow the picture at any display size.
  const shown = (b: BoxRecord) =>
    natural
      ? {
          left: `${(b.x / natural.w) * 100}%`,
          top: `${(b.y / natural.h) * 100}%`,
          width: `${(b.width / natural.w) * 100}%`,
          height: `${(b.height / natural.h) * 100}%`,
        }
      : { display: 'none' };
  /**
   * The keyboard's way to draw (the canvas takes the focus): Enter places a box in the middle, the arrows
   * move it, Shift with the arrows resizes it, Enter keeps it and Escape drops it. Steps are 2 % of the picture.
   */
  const onKey = (e: KeyboardEvent) => {
    if (!natural) return;
    const step = { x: Math.max(1, Math.round(natural.w / 50)), y: Math.max(1, Math.round(natural.h / 50)) };
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const move = arrows[e.key];
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (!draft) {
        const width = Math.round(natural.w / 4);
        const height = Math.round(natural.h / 10);
        setDraft({ x: Math.round((natural.w - width) / 2), y: Math.round((natural.h - height) / 2), width, height });
      } else {
        setBoxes((list) => [...list, draft]);
        setDraft(undefined);
      }
    } else if (e.key === 'Escape' && draft) {
      e.preventDefault();
      setDraft(undefined);
    } else if (move && draft) {
      e.preventDefault();
      const [dx, dy] = move;
      const b = e.shiftKey
        ? {
            ...draft,
            width: Math.min(natural.w - draft.x, Math.max(MIN_SIZE, draft.width + dx * step.x)),
            height: Math.min(natural.h - draft.y, Math.max(MIN_SIZE, draft.height + dy * step.y)),
          }
        : {
            ...draft,
            x: Math.min(natural.w - draft.width, Math.max(0, draft.x + dx * step.x)),
            y: Math.min(natural.h - draft.height, Math.max(0, draft.y + dy * step.y)),
          };
      setDraft(b);
    }
  };
  const save = () => {
    setRedactionBoxes(getDb(), item.id, boxes).then(onClose, (err: unknown) => setError(errorText(err)));
  };

  if (!url) return null;
  return (
    <div className="redact-boxes" data-testid="redact-editor">
      <p className="muted">{t('redactBoxesHint')}</p>
      <p className="muted small" id="redact-keys">
        {t('redactKeysHint')}
      </p>
      <div
        className="redact-canvas"
        role="application"
        tabIndex={0}
        aria-label={item.title}
        aria-describedby="redact-keys"
        onKeyDown={onKey}
        data-testid="redact-canvas"
        onPointerDown={(e) => {
          e.preventDefault();
          (e.target as Element).setPointerCapture?.(e.pointerId);
          setStart(at(e));
        }}
        onPointerMove={(e) => start && setDraft(boxFrom(start, at(e)))}
        onPointerUp={(e) => {
          if (!start) return;
          const box = boxFrom(start, at(e));
          if (box.width >= MIN_SIZE && box.height >= MIN_SIZE) setBoxes((list) => [...list, box]);
          setStart(undefined);
          setDraft(undefined);
        }}
      >
        <img
          ref={img}
          src={url}
          alt={item.title}
          draggable={false}
          onLoad={(e) => setNatural({ w: e.currentTarget.naturalWidth, h: e.currentTarget.naturalHeight })}
          data-testid="redact-image"
        />
        {[...boxes, ...(draft ? [draft] : [])].map((b, i) => (
          <span key={i} className="redact-box" style={shown(b)} />
        ))}
      </div>
      <div className="toolbar">
        <span data-testid="redact-count">{t('redactBoxCount', boxes.length)}</span>
        <button type="button" onClick={() => setBoxes((list) => list.slice(0, -1))} disabled={!boxes.length}>
          {t('redactUndo')}
        </button>
        <button type="button" className="primary" onClick={save} data-testid="redact-save">
          {t('saveCorrection')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {error ? (
        <p className="bad" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
