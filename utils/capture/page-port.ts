import type { RequestOf, ResponseOf } from '../messaging';
import type { ContentRequests } from '../schemas/messages';

/**
 * How the capture engine asks the page tools in the capture's tab to measure, scroll and restore.
 * The background hands one in (bound to the tab), so the engine never depends on the background.
 */
export type PagePort = <K extends keyof ContentRequests & string>(request: PageRequest<K>) => Promise<ResponseOf<ContentRequests, K>>;

export type PageRequest<K extends keyof ContentRequests & string> = RequestOf<ContentRequests, K> & { type: K };
