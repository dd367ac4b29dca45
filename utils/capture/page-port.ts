import type { RequestOf, ResponseOf } from '../messaging';
import type { PageToolsMessages } from '../messages/page-tools';

/**
 * How the capture engine asks the page tools in the capture's tab to measure, scroll and restore.
 * The background hands one in (bound to the tab), so the engine never depends on the background.
 */
export type PagePort = <K extends keyof PageToolsMessages & string>(
  request: PageRequest<K>,
) => Promise<ResponseOf<PageToolsMessages, K>>;

export type PageRequest<K extends keyof PageToolsMessages & string> = RequestOf<PageToolsMessages, K> & { type: K };
