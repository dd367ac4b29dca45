import { z } from 'zod';
import { serveChecker } from './checker';
import { checkPack } from './pack-check';
import type { UnzipLimits } from '../zip/safe-unzip';

// Reads and checks a pack off the page's main thread: a manifest of tens of MB (JSON, schema, tens of
// thousands of chained log entries) and every file's hash would otherwise freeze the library. A File is
// read here, not in the page: no copy passes through the page's thread.
const requestSchema = z.object({
  zip: z.union([z.instanceof(Uint8Array), z.instanceof(Blob)]),
  limits: z.record(z.string(), z.number()).optional(),
  expectedHead: z.string().optional(),
});

serveChecker(requestSchema, ({ zip, limits, expectedHead }) =>
  checkPack(zip, limits as Partial<UnzipLimits> | undefined, expectedHead),
);
