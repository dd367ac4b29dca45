/** Text of the first element that matches any selector, trimmed and with whitespace collapsed. */
export function textOf(root: ParentNode, ...selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    const text = el?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return undefined;
}

export function cleanText(text: string | null | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}
