/**
 * Bidirectional control characters (U+202A–202E embeddings and overrides, U+2066–2069 isolates, the
 * LRM/RLM/ALM marks) from a page can make a name or title read differently from what it holds
 * ("…\u202Egnp.exe" shows as "…exe.png"). Where a person reads captured text, each is shown as a
 * visible escape instead; the stored evidence keeps the original bytes.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function showBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}
