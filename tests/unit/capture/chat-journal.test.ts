import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderProofDB } from '../../../utils/db/database';
import {
  ChatJournal,
  chatJournalFailed,
  groupChatJournal,
  MAX_CHAT_ATTEMPTS,
  readChatJournal,
} from '../../../utils/capture/chat-journal';

const history = { basis: 'marker' as const, pages: 2, ms: 1500 };
const header = { tabId: 4, url: 'https://shop.example/chat/1', capturedAt: 1_700_000_000_000, history };
const band = (index: number) => ({
  index,
  offset: index * 600,
  height: 600,
  width: 480,
  viewport: { width: 1280, height: 800 },
  pixels: { width: 960, height: 1200 },
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, index]),
});

let db: OrderProofDB;
beforeEach(async () => {
  db = new OrderProofDB(`chat-journal-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('the chat journal', () => {
  it('keeps each band as it is taken, and hides a live capture from the next start', async () => {
    const journal = new ChatJournal(db, header);
    await journal.band(band(0));
    await journal.band(band(1));
    // Still running in this background: not a leftover.
    expect((await readChatJournal(db)).pending).toEqual([]);
    const rows = await db.settings.where('key').startsWith('chatJournal:').toArray();
    const { pending, drop } = groupChatJournal(rows);
    expect(drop).toEqual([]);
    expect(pending).toHaveLength(1);
    expect(pending[0]!.header).toMatchObject({ ...header, viewport: { width: 1280, height: 800 }, attempts: 0 });
    expect(pending[0]!.bands.map((b) => b.index)).toEqual([0, 1]);
    expect(new Uint8Array(await pending[0]!.bands[1]!.png.arrayBuffer())).toEqual(band(1).png);
    await journal.close();
    expect(await db.settings.where('key').startsWith('chatJournal:').count()).toBe(0);
  });

  it('keeps a band read while its rows were still changing marked so, for a chat finished at the next start', async () => {
    const journal = new ChatJournal(db, header);
    await journal.band(band(0));
    await journal.band({ ...band(1), unsettled: true });
    const { pending } = groupChatJournal(await db.settings.where('key').startsWith('chatJournal:').toArray());
    expect(pending[0]!.bands.map((b) => b.unsettled ?? false)).toEqual([false, true]);
    await journal.close();
  });

  it('drops rows that fail validation, bands without a header and headers without bands', () => {
    const good = { key: 'chatJournal:a', value: { ...header, runId: 'a', attempts: 0 } };
    const { pending, drop } = groupChatJournal([
      good,
      {
        key: 'chatJournal:a:band:00000',
        value: {
          index: 0,
          offset: 0,
          height: 600,
          width: 480,
          pixels: { width: 960, height: 1200 },
          png: new Blob([]),
        },
      },
      {
        key: 'chatJournal:b:band:00000',
        value: {
          index: 0,
          offset: 0,
          height: 600,
          width: 480,
          pixels: { width: 960, height: 1200 },
          png: new Blob([]),
        },
      },
      { key: 'chatJournal:c', value: { ...header, runId: 'c', attempts: 0 } },
      { key: 'chatJournal:d', value: { ...header, runId: 'd', attempts: 0 } },
      { key: 'chatJournal:d:band:00001', value: { index: 0, png: 'not a blob' } },
    ]);
    expect(pending.map((p) => p.runId)).toEqual(['a']);
    expect(drop.sort()).toEqual(['b', 'c', 'd']);
  });

  it('gives up on a chat that keeps failing to be stored', async () => {
    const rows = [
      { key: 'chatJournal:z', value: { ...header, runId: 'z', attempts: MAX_CHAT_ATTEMPTS - 2 } },
      {
        key: 'chatJournal:z:band:00000',
        value: {
          index: 0,
          offset: 0,
          height: 600,
          width: 480,
          pixels: { width: 960, height: 1200 },
          png: new Blob([]),
        },
      },
    ];
    await db.settings.bulkPut(rows);
    let [chat] = (await readChatJournal(db)).pending;
    await chatJournalFailed(db, chat!);
    [chat] = (await readChatJournal(db)).pending;
    expect(chat!.header.attempts).toBe(MAX_CHAT_ATTEMPTS - 1);
    await chatJournalFailed(db, chat!);
    expect(await db.settings.count()).toBe(0);
  });
});
