import fontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';

/**
 * The CJK font for report.pdf (Noto Sans SC, TrueType outlines, SIL OFL 1.1). It ships with the
 * extension as a separate file and is read only when a pack is built, so no page or worker pays for
 * its 10 MB until then.
 */
export async function loadCjkFont(): Promise<Uint8Array> {
  return fetchFont(cjkFontUrl());
}

/** The font's bytes from an address of the extension's own (the report worker reads the bundled font by it). */
export async function fetchFont(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`The report font could not be read (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Where the bundled font is, for a worker to read it itself. */
export function cjkFontUrl(): string {
  return new URL(fontUrl, globalThis.location?.href).href;
}
