import { captureStampFile, TSA_CHAIN_FILE } from './attestations';
import { stampRecordSchema, type StampRecord } from './records';
import type { CaptureTime } from './verify-capture-stamps';

/**
 * The capture stamps of an imported pack, as records the library keeps: without them the case's next
 * pack would drop each capture's token. Only stamps the verifier checked (`captures`) are taken, with
 * their text and token byte for byte, so the re-exported `stamps/<item>.txt(.tsr)` verify as before.
 * The local time the authority answered is not in the pack: the trusted time stands for it.
 */
export function importedStamps(
  entries: ReadonlyMap<string, Uint8Array>,
  captures: readonly CaptureTime[],
  caseId: string,
): StampRecord[] {
  const chain = entries.get(TSA_CHAIN_FILE);
  const chainPem = chain ? new TextDecoder().decode(chain) : undefined;
  return captures.flatMap((c) => {
    const path = captureStampFile(c.item);
    const text = entries.get(path);
    const token = entries.get(`${path}.tsr`);
    if (!text || !token) return [];
    const trusted = Date.parse(c.trusted);
    return [
      stampRecordSchema.parse({
        id: c.item,
        caseId,
        data: new TextDecoder().decode(text),
        status: 'stamped',
        tsaUrl: c.authority,
        queuedAt: Date.parse(c.local),
        attempts: 0,
        stampedAt: trusted,
        genTime: trusted,
        token: new Uint8Array(token),
        ...(chainPem ? { chainPem } : {}),
      }),
    ];
  });
}
