import { useState } from 'react';
import { t } from '../../utils/i18n';
import type { Evidence } from '../../utils/schemas/records';
import { useBlobUrl } from '../../hooks/use-blob-url';
import { LinkedListings, ListingDiff, ListingFacts } from './ListingDiff';
import { OrderFacts } from '../shared/OrderFacts';

function ImagePreview({ sha256, alt }: { sha256: string; alt: string }) {
  const url = useBlobUrl(sha256);
  const [zoom, setZoom] = useState<number | undefined>();
  if (!url) return null;
  return (
    <>
      <button type="button" className="thumb" onClick={() => setZoom(1)} aria-label={t('zoomImage', alt)}>
        <img src={url} alt={alt} loading="lazy" />
      </button>
      {zoom ? (
        <dialog open className="viewer" aria-label={alt} onKeyDown={(e) => e.key === 'Escape' && setZoom(undefined)}>
          <div className="toolbar">
            <button type="button" onClick={() => setZoom((z) => Math.min((z ?? 1) * 1.5, 8))}>
              +
            </button>
            <button type="button" onClick={() => setZoom((z) => Math.max((z ?? 1) / 1.5, 0.25))}>
              −
            </button>
            <button type="button" onClick={() => setZoom(undefined)} autoFocus>
              {t('close')}
            </button>
          </div>
          <div className="viewer-body">
            <img src={url} alt={alt} style={{ width: `${zoom * 100}%` }} />
          </div>
        </dialog>
      ) : null}
    </>
  );
}

function VideoPreview({ sha256 }: { sha256: string }) {
  const url = useBlobUrl(sha256);
  return url ? <video src={url} controls preload="metadata" className="video" /> : null;
}

/** Shows an item's content as data: images and video as media, text as text, never as markup. */
export function EvidencePreview({ item }: { item: Evidence }) {
  const image = item.files.find((f) => f.mime.startsWith('image/'));
  const video = item.files.find((f) => f.mime.startsWith('video/'));
  const order = item.order;
  return (
    <div className="preview">
      {image ? <ImagePreview sha256={image.sha256} alt={item.title} /> : null}
      {video ? <VideoPreview sha256={video.sha256} /> : null}
      {order ? <OrderFacts item={item} /> : null}
      {order ? <LinkedListings order={order} /> : null}
      {item.listing ? <ListingFacts listing={item.listing} /> : null}
      {item.listing ? <ListingDiff item={{ ...item, listing: item.listing }} /> : null}
      {(item.kind === 'chat-transcript' || item.kind === 'note') && item.text ? (
        <pre className="transcript">{item.text}</pre>
      ) : null}
      {item.kind === 'page-snapshot' && item.text ? (
        <details>
          <summary>{t('pageText')}</summary>
          <pre className="transcript">{item.text.slice(0, 20_000)}</pre>
        </details>
      ) : null}
    </div>
  );
}
