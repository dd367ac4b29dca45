import { z } from 'zod';
import { serveChecker } from './checker';
import { checkBackup } from './restore-check';
import { ImportRefused } from './refusal';
import type { UnzipLimits } from '../zip/safe-unzip';

// Reads and checks a backup off the page's main thread: reading hundreds of MB from the picked File
// and hashing every file would otherwise hold up the library (reading a File there was also several
// times slower than here, in Chromium). The page answers whether it fits on the disk, and writes the result.
const requestSchema = z.object({ zip: z.instanceof(Blob), limits: z.record(z.string(), z.number()).optional() });
const roomSchema = z.object({ room: z.union([z.literal(true), z.string()]) });

let roomAnswer: ((answer: true | string) => void) | undefined;

serveChecker(
  requestSchema,
  ({ zip, limits }, post) =>
    checkBackup(
      zip,
      (limits ?? {}) as Partial<UnzipLimits>,
      (totalBytes, largestBytes) =>
        new Promise<void>((resolve, reject) => {
          roomAnswer = (answer) => (answer === true ? resolve() : reject(new ImportRefused(answer, 'noRoom')));
          post({ room: { totalBytes, largestBytes } });
        }),
    ),
  (data) => {
    const room = roomSchema.safeParse(data);
    if (room.success) roomAnswer?.(room.data.room);
    return room.success;
  },
);
