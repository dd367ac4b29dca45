import { describe, expect, it } from 'vitest';
import { readChatRequest, type ChatRequestType } from '../../../entrypoints/chat.content/content-messaging';
import { chatPageMessages } from '../../../utils/messages/chat-page';

/** The chat script reads its requests by hand (no zod in its bundle); each must agree with the zod schema. */
const samples: { [K in ChatRequestType]: Record<string, unknown>[] } = {
  'chat.ping': [{}],
  'chat.start': [
    { generic: true },
    { generic: false, selector: '#list' },
    { generic: false, selector: '' },
    { selector: '#list' },
    { generic: 'yes' },
    { generic: true, selector: 'x'.repeat(2001) },
    { generic: true, selector: 7 },
  ],
  'chat.history': [
    { maxMs: 1000, quietMs: 500 },
    { maxMs: 0, quietMs: 500 },
    { maxMs: 1.5, quietMs: 500 },
    { maxMs: 600_001, quietMs: 500 },
    { maxMs: 1000, quietMs: 60_001 },
    { maxMs: 1000 },
    { maxMs: '1000', quietMs: 500 },
    { maxMs: Number.NaN, quietMs: 1 },
  ],
  'chat.band': [{ index: 0 }, { index: 12 }, { index: -1 }, { index: 0.5 }, {}, { index: Number.POSITIVE_INFINITY }],
  'chat.ui': [{ hidden: true }, { hidden: false }, {}, { hidden: 1 }],
  'chat.finish': [{}],
  'chat.image': [{ url: 'https://img.example/a.png' }, { url: '' }, {}, { url: 5 }, { url: 'x'.repeat(100_001) }],
  'chat.status': [
    { text: 'Loading', busy: true },
    { text: '', busy: false },
    { text: 'x'.repeat(4001), busy: true },
    { text: 'a' },
    { busy: true },
  ],
  'chat.pick': [
    {},
    { caseId: '0b7e2c9a-1111-4222-8333-444455556666' },
    { caseId: 'short' },
    { caseId: 'x'.repeat(65) },
    { caseId: 12345678 },
  ],
};

function handAccepts(type: ChatRequestType, req: Record<string, unknown>): boolean {
  try {
    readChatRequest[type](req);
    return true;
  } catch {
    return false;
  }
}

describe("the chat script's hand-written request checks agree with the zod schemas", () => {
  it('covers every message the chat script answers', () => {
    expect(Object.keys(readChatRequest).sort()).toEqual(Object.keys(chatPageMessages).sort());
  });

  const cases = (Object.keys(samples) as ChatRequestType[]).flatMap((type) =>
    samples[type].map((req) => [type, JSON.stringify(req).slice(0, 60), req] as const),
  );
  it.each(cases)('%s %s', (type, _label, req) => {
    const zodAccepts = chatPageMessages[type].request.safeParse({ type, ...req }).success;
    expect(handAccepts(type, req)).toBe(zodAccepts);
  });

  it('hands the handler exactly the fields the schema gives', () => {
    expect(readChatRequest['chat.history']({ type: 'chat.history', maxMs: 2000, quietMs: 300 })).toEqual({
      maxMs: 2000,
      quietMs: 300,
    });
    expect(readChatRequest['chat.start']({ type: 'chat.start', generic: true })).toEqual({
      selector: undefined,
      generic: true,
    });
  });
});
