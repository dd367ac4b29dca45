import { z } from 'zod';
import { checkBackup } from './restore-check';
import { ImportRefused, reasonOf } from './prepare-pack';
import type { UnzipLimits } from '../zip/safe-unzip';

// Reads and checks a backup off the page's main thread: reading hundreds of MB from the picked File
// and hashing every file would otherwise hold up the library (reading a File there was also several
// times slower than here, in Chromium). The page answers whether it fits on the disk, and writes the result.
const requestSchema = z.object({ zip: z.instanceof(Blob), limits: z.record(z.string(), z.number()).optional() });
const roomSchema = z.object({ room: z.union([z.literal(true), z.string()]) });
const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };

let roomAnswer: ((answer: true | string) => void) | undefined;

scope.onmessage = (e) => {
  const room = roomSchema.safeParse(e.data);
  if (room.success) {
    roomAnswer?.(room.data.room);
    return;
  }
  const parsed = requestSchema.safeParse(e.data);
  if (!parsed.success) {
    scope.postMessage({ ok: false, reason: 'bad request' });
    return;
  }
  const { zip, limits } = parsed.data;
  const confirmRoom = (totalBytes: number, largestBytes: number) =>
    new Promise<void>((resolve, reject) => {
      roomAnswer = (answer) => (answer === true ? resolve() : reject(new ImportRefused(answer)));
      scope.postMessage({ room: { totalBytes, largestBytes } });
    });
  checkBackup(zip, (limits ?? {}) as Partial<UnzipLimits>, confirmRoom)
    .then((checked) => scope.postMessage({ ok: true, ...checked }))
    .catch((err: unknown) => scope.postMessage({ ok: false, reason: reasonOf(err) }));
};
