import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

let cached: Uint8Array | undefined;

/** The same font file the extension bundles, read from disk as Node has no extension URL to fetch. */
export function loadTestFont(): Promise<Uint8Array> {
  cached ??= new Uint8Array(
    readFileSync(resolve('node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
  );
  return Promise.resolve(cached);
}
