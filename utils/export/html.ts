import { showBidiControls } from './bidi';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything captured from a page is text in a report, never markup, and shows its bidi controls. */
export function escapeHtml(value: unknown): string {
  return showBidiControls(String(value ?? '')).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
