/**
 * Chat capture types shared by the content script and the background. Plain TypeScript only: the chat
 * content script must stay small, so nothing here pulls in zod (the background validates with zod).
 */

export type SenderRole = 'buyer' | 'seller' | 'platform' | 'unknown';

/** Selectors for one chat UI. Every selector is relative to the message element unless said otherwise. */
export interface ChatSelectors {
  /** The message list (document-wide). Usually the scrolling pane; a non-scrolling list is walked through its scroller. */
  list: string;
  /** One message, inside the list. */
  message: string;
  /** Attribute holding a stable message id, on the message element or a descendant. */
  idAttr?: string;
  /**
   * How the sender's role shows: a selector the message element matches (or contains). `self` and `other`
   * are the user's side and the far side, resolved with the page's side (buyer or seller pages).
   */
  roles: Partial<Record<'buyer' | 'seller' | 'platform' | 'self' | 'other', string>>;
  name?: string;
  time?: string;
  /** Attribute of the time element with a machine-readable time (ISO or epoch ms); text is used otherwise. */
  timeAttr?: string;
  /** The message's own text. Translation elements inside it are left out. */
  text: string;
  /** The page's translation of the message, when it shows one beside the original. */
  translation?: string;
  images?: string;
  /** Links to files (not images). */
  attachments?: string;
  /** Document-wide: present when the thread's first message has been loaded ("start of conversation"). */
  start?: string;
  /** Document-wide: present when loading older history failed. */
  historyError?: string;
  /** Document-wide: a loading indicator for older history. */
  loading?: string;
}

export interface ChatAdapter {
  /** The marketplace id (as in utils/marketplaces), used to link the transcript to the order's case. */
  id: string;
  name: string;
  /** Manifest match patterns where the chat content script is registered. */
  matches: string[];
  /** Chat page URLs, tested against the URL without its protocol (host + path + query, lower case). */
  urls: RegExp[];
  /** URLs of the seller's side; other chat pages are the buyer's. */
  sellerUrls?: RegExp[];
  /** One or more UIs (old and new designs, buyer and seller side); the first whose list is on the page is used. */
  variants: ChatSelectors[];
  /** Order number shapes this marketplace uses, tested on the URL and every message. */
  orderPatterns: RegExp[];
}

export interface ChatImageRef {
  url: string;
  alt: string;
}

export interface ChatAttachmentRef {
  url: string;
  name: string;
}

/** One message as read from the page. */
export interface ChatMessage {
  /** Identity across bands: `id:<message id>` or `h:<hash of sender, time, text>`. */
  key: string;
  id?: string;
  role: SenderRole;
  name: string;
  /** ISO time when the page gives a machine-readable one. */
  time?: string;
  /** The time as the page shows it. */
  timeText: string;
  /** The message as written (the original, never the page's translation). */
  text: string;
  translation?: string;
  images: ChatImageRef[];
  attachments: ChatAttachmentRef[];
  /** Generic mode: which side of the list the bubble sits on, when roles are unknown. */
  side?: 'left' | 'right';
  /** Where the message sat in the list's content (CSS px from its top) when read: tells identical messages apart. */
  y?: number;
}

/** How the start of the thread was (or was not) established. */
export type StartBasis =
  /** The page shows its "start of conversation" marker. */
  | 'marker'
  /** No older messages loaded within the wait, and the UI has no start marker to confirm. */
  | 'no-more-history'
  /** No older messages loaded, but the UI has a start marker and it never appeared. */
  | 'stalled'
  /** The page reported an error loading older history. */
  | 'history-error'
  /** The time limit for loading history ran out while it was still loading. */
  | 'time-limit';

export interface HistoryResult {
  basis: StartBasis;
  /** How many times older history grew. */
  pages: number;
  /** The page's own error text, when it showed one. */
  errorText?: string;
  ms: number;
}

/** A rectangle in the viewport, CSS px. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where one band is: the list's content from `offset` for `height` CSS px, shown at `rect` in the viewport. */
export interface BandGeometry {
  index: number;
  offset: number;
  height: number;
  contentHeight: number;
  rect: ViewRect;
  viewport: { width: number; height: number };
  devicePixelRatio: number;
  /** True when this band reaches the end of the list. */
  last: boolean;
  /** Messages in the transcript so far. */
  messages: number;
  /** The band's rows were still changing (or missing) when its wait ran out: messages there may be missing. */
  unsettled?: true;
  /** The list would not scroll on before its end: the messages below may be missing. */
  stuck?: true;
}
