import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { chatReport, type GatheredChat } from '../../../entrypoints/background/chat-transcript';
import { setCatalogue } from '../../../utils/i18n';

type Catalogue = Parameters<typeof setCatalogue>[1];
const catalogue = (dir: string) =>
  JSON.parse(readFileSync(`public/_locales/${dir}/messages.json`, 'utf8')) as Catalogue;

const message = (n: number) => ({
  key: `h:${n}`,
  role: 'buyer' as const,
  name: '',
  timeText: `10:${n}`,
  text: `m${n}`,
  images: [],
  attachments: [],
});

/** A chat whose older history stopped arriving after one page, and whose second band never settled. */
const chat: GatheredChat = {
  tabId: 1,
  capturedAt: 0,
  history: { basis: 'stalled', pages: 1, ms: 5000 },
  bands: [
    { index: 0, offset: 0, height: 700, width: 400 },
    { index: 1, offset: 700, height: 700, width: 400, unsettled: true },
  ],
  extraHealth: [],
  data: {
    url: 'http://demo-shop.orderproof.test/chat/x.html',
    title: 'x',
    mode: 'adapter',
    adapter: 'demo-shop',
    listSelector: '[data-op-chat-list]',
    side: 'buyer',
    listHeight: 1400,
    messages: [message(1), message(2)],
    overlapGaps: [],
    images: [],
  },
};

afterEach(() => setCatalogue(undefined));

describe('a chat that may be incomplete says so in the case, in every language', () => {
  const cases = [
    ['en', 'History may be incomplete: the chat stopped loading older messages after 1 page(s)', 'Part 2 of the chat'],
    ['zh_CN', '聊天记录可能不完整：加载 1 页后，聊天不再加载更早的消息', '读取聊天第 2 部分时'],
    ['zh_TW', '聊天紀錄可能不完整：載入 1 頁後，聊天不再載入更早的訊息', '讀取聊天第 2 部分時'],
  ] as const;
  for (const [dir, stalled, unsettled] of cases)
    it(dir, () => {
      setCatalogue(dir.replace('_', '-'), catalogue(dir));
      const { report, health } = chatReport(chat, new Map());
      expect(report).toMatchObject({ startReached: false, complete: false });
      expect(report.gaps.map((g) => g.kind)).toEqual(['history-stalled', 'band-unsettled']);
      expect(health.find((h) => h.startsWith(stalled))).toBeDefined();
      expect(health.find((h) => h.startsWith(unsettled))).toBeDefined();
    });

  it('the transcript’s own words (English, as the file format) say it too', () => {
    setCatalogue('zh-CN', catalogue('zh_CN'));
    const { report } = chatReport(chat, new Map());
    expect(report.gaps[0]!.detail).toMatch(/^History may be incomplete: the chat stopped loading older messages/);
    expect(report.gaps[1]!.detail).toContain('still changing');
  });

  it('gives the first and last message times in the reader’s words with their zone, and a zoneless time as the page gave it', () => {
    setCatalogue('en', catalogue('en'));
    const timed = (time: string, n: number) => ({ ...message(n), time });
    const line = (times: [string, string]) =>
      chatReport({ ...chat, data: { ...chat.data, messages: [timed(times[0], 1), timed(times[1], 2)] } }, new Map())
        .health[0]!;
    const zoned = line(['2026-10-20T05:40:00.000Z', '2026-10-20T12:33:00.000Z']);
    expect(zoned).not.toContain('T05:40');
    expect(zoned).toMatch(/^2 messages, from Oct 2\d, 2026.*(GMT|UTC).* to Oct 2\d, 2026.*(GMT|UTC)/);
    // A page's own wall-clock time without a zone: converting it would guess the zone.
    expect(line(['2026-10-20T13:40', '2026-10-20T14:00'])).toBe(
      '2 messages, from 2026-10-20T13:40 to 2026-10-20T14:00.',
    );
  });
});
