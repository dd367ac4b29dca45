import './eval-start';
import { listen } from '../../utils/messaging';
import { offscreenMessages } from '../../utils/messages/offscreen';

// The pack's code (most of this page's script) loads beside the page, not as part of it: Chrome tells the
// background the document is made once the page has loaded, so the background's export message now travels
// while that code is still being fetched and compiled, instead of after it.
const building = import('./build');
// Observed here too: a failed load is reported by the export that awaits it, never left unhandled.
building.catch(() => undefined);

// When this page's own script has run (its start is performance.timeOrigin): the bench's timeline.
performance.mark('offscreen:script');

// The offscreen document only builds packs and owns their blob URLs until the download ends.
listen(offscreenMessages, {
  'offscreen.export': async (request) => (await building).buildPack(request),
  'offscreen.revoke': ({ url }) => {
    URL.revokeObjectURL(url);
    return Promise.resolve({ ok: true as const });
  },
});
