import { t } from '../i18n';
import type { CaptureRun } from './context';
import type { PagePort } from './page-port';

/** How long any full-page method gives lazy pictures to load before it pictures the page. */
export const PRELOAD_MS = 3000;

/**
 * Wakes pictures that load only when scrolled into view, then puts the page back as it was. Every
 * full-page method needs this: Firefox's captureTab and the debugger's resized viewport paint the
 * page without scrolling it, so without it a lazy picture is caught half-painted or blank (measured:
 * under load, the debugger's picture showed a placeholder where an image was still decoding).
 * Returns the page's height once the pictures are in.
 */
export async function preloadImages(run: CaptureRun, port: PagePort): Promise<number> {
  const start = await port({ type: 'tools.measure' });
  try {
    const pre = await port({ type: 'tools.preload', maxMs: PRELOAD_MS });
    if (pre.blank > 0) run.note(t('healthBlankImages', pre.blank));
    return pre.pageHeight;
  } finally {
    await port({ type: 'tools.restore', x: start.scrollX, y: start.scrollY });
  }
}
