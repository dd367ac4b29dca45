import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256OfBlobHere } from '../../../utils/hash';
import { noise } from '../../support/noise';

const nodeSha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A Blob whose slices cannot be read: only its byte stream can. */
class StreamOnlyBlob extends Blob {
  override slice(): Blob {
    throw new Error('sliced');
  }
}

/** A Blob whose stream is not a byte stream (as in browsers without byte streams for Blobs). */
class PlainStreamBlob extends Blob {
  reads = 0;
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const all = super.stream();
    return new ReadableStream({
      async pull(controller) {
        const reader = all.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          controller.enqueue(value);
        }
        controller.close();
      },
    });
  }
  override slice(start?: number, end?: number): Blob {
    this.reads += 1;
    return super.slice(start, end);
  }
}

describe('hashing a Blob piece by piece', () => {
  it('reads through the byte stream into its own buffers, one progress report per full buffer', async () => {
    const bytes = noise(3_500_000, 17);
    const seen: number[] = [];
    const hex = await sha256OfBlobHere(new StreamOnlyBlob([bytes]), (done) => seen.push(done), 1_000_000);
    expect(hex).toBe(nodeSha(bytes));
    expect(seen).toEqual([1_000_000, 2_000_000, 3_000_000, 3_500_000]);
  });

  it('falls back to slices where the stream cannot fill buffers of ours', async () => {
    const bytes = noise(2_500_000, 19);
    const blob = new PlainStreamBlob([bytes]);
    expect(await sha256OfBlobHere(blob, undefined, 1_000_000)).toBe(nodeSha(bytes));
    expect(blob.reads).toBe(3);
  });
});
