import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { askChecker } from '../../../utils/import/checker';
import { ImportRefused } from '../../../utils/import/refusal';

/** A stand-in Worker: records what it is sent and whether it was ended; `reply` plays the worker's messages. */
class FakeWorker {
  sent: unknown[] = [];
  ended = 0;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.ended += 1;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const resultSchema = z.object({ ok: z.literal(true), n: z.number() });
const ask = (w: FakeWorker, answer?: Parameters<typeof askChecker>[4]) =>
  askChecker(w as unknown as Worker, 'pack', { zip: 1 }, resultSchema, answer);

describe('the checker workers’ wrapper', () => {
  it('resolves with the checked result and ends the worker', async () => {
    const w = new FakeWorker();
    const answer = ask(w);
    expect(w.sent).toEqual([{ zip: 1 }]);
    w.reply({ ok: true, n: 3 });
    await expect(answer).resolves.toEqual({ ok: true, n: 3 });
    expect(w.ended).toBe(1);
  });

  it('turns a refusal into ImportRefused with its kind and reason', async () => {
    const w = new FakeWorker();
    const answer = ask(w);
    w.reply({ ok: false, kind: 'notPack', reason: 'manifest.json is missing' });
    const refused = await answer.catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ImportRefused);
    expect(refused).toMatchObject({ kind: 'notPack', message: 'manifest.json is missing' });
    expect(w.ended).toBe(1);
  });

  it('refuses a reply that does not match its schema, and a worker that stopped', async () => {
    const w = new FakeWorker();
    const answer = ask(w);
    w.reply({ ok: true, n: 'three' });
    await expect(answer).rejects.toThrow(/pack checker sent an unreadable reply/);
    const v = new FakeWorker();
    const stopped = ask(v);
    v.onerror?.({ message: '' } as ErrorEvent);
    await expect(stopped).rejects.toThrow(/pack checker stopped/);
    expect([w.ended, v.ended]).toEqual([1, 1]);
  });

  it('answers the questions it knows on the way, without settling', async () => {
    const w = new FakeWorker();
    const answer = ask(w, {
      answer: (data, reply) => {
        const asked = z.object({ room: z.number() }).safeParse(data);
        if (asked.success) reply({ room: asked.data.room < 10 });
        return asked.success;
      },
    });
    w.reply({ room: 5 });
    expect(w.sent).toEqual([{ zip: 1 }, { room: true }]);
    expect(w.ended).toBe(0);
    w.reply({ ok: true, n: 1 });
    await expect(answer).resolves.toEqual({ ok: true, n: 1 });
  });
});
