import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import {
  type Crop,
  type KeptBand,
  loadHistory,
  rememberList,
  resolveBands,
  startChat,
  walkBands,
} from '../../../entrypoints/background/chat-walk';
import {
  bandFiles,
  buildTranscriptFiles,
  chatOrders,
  chatReport,
  type GatheredChat,
  readImages,
} from '../../../entrypoints/background/chat-transcript';
import { chatCase, storeChat } from '../../../entrypoints/background/chat-capture';
import { NotInFront } from '../../../utils/capture/guard';
import type { BandData, FinishedData } from '../../../utils/chat/schemas';
import { createCase } from '../../../utils/db/store';
import { sha256Hex } from '../../../utils/hash';
import { freshDb } from '../../support/db';
import { fakeTabScript, useFakeBackground } from './fake-tab';

const TAB = 7;
const band = (index: number, last = false, rect = { x: 0, y: 100, width: 600, height: 500 }): BandData => ({
  index,
  offset: index * 500,
  height: 500,
  contentHeight: 1500,
  rect,
  viewport: { width: 1280, height: 800 },
  devicePixelRatio: 1,
  last,
  messages: 3,
});
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
const crop = (png: Uint8Array): Promise<Crop> => Promise.resolve({ png, width: 600, height: 500 });
const DATA: FinishedData = {
  url: 'https://chat.example/t/1',
  title: 'Chat with the seller',
  mode: 'generic',
  listSelector: '#list',
  side: 'buyer',
  listHeight: 1500,
  messages: [
    {
      key: 'm1',
      role: 'seller',
      name: 'Shop',
      time: '2026-11-01T10:00:00Z',
      timeText: '10:00',
      text: 'About your order no. DS-12345',
      images: [{ url: 'https://img.example/1.png', alt: 'photo' }],
      attachments: [{ url: 'https://files.example/invoice.pdf', name: 'invoice.pdf' }],
    },
    {
      key: 'm2',
      role: 'buyer',
      name: 'Me',
      timeText: '10:05',
      text: 'Thanks',
      images: [{ url: 'https://img.example/2.png', alt: '' }],
      attachments: [],
    },
  ],
  overlapGaps: [],
  images: [
    { url: 'https://img.example/1.png', saved: true },
    { url: 'https://img.example/2.png', saved: false, reason: 'cross-origin' },
  ],
};
const HISTORY = { basis: 'marker' as const, pages: 2, ms: 100 };
const gathered = (extra: Partial<GatheredChat> = {}): GatheredChat => ({
  tabId: TAB,
  capturedAt: Date.UTC(2026, 10, 2, 10, 0),
  history: HISTORY,
  bands: [{ index: 0, offset: 0, height: 500, width: 600, png: PNG, pixels: { width: 600, height: 500 } }],
  extraHealth: [],
  data: DATA,
  ...extra,
});
/** A base64 PNG the page hands back for a readable image. */
const IMAGE_REPLY = { mime: 'image/png', base64: btoa(String.fromCharCode(...PNG)) };

describe('the stages of a chat capture', () => {
  useFakeBackground();

  describe('startChat', () => {
    it("asks for the site's remembered list, unless the user asked to pick", async () => {
      const db = freshDb();
      await rememberList(db, 'chat.example', '#remembered');
      const sent = fakeTabScript({
        'chat.ping': () => ({ ready: true }),
        'chat.start': () => ({ found: true, url: DATA.url, title: DATA.title }),
      });
      expect(await startChat(db, TAB, DATA.url, {})).toEqual({ url: DATA.url });
      expect(sent.find((m) => m.type === 'chat.start')).toEqual({
        type: 'chat.start',
        generic: false,
        selector: '#remembered',
      });
      sent.length = 0;
      await startChat(db, TAB, DATA.url, { pick: true, generic: true });
      expect(sent.find((m) => m.type === 'chat.start')).toEqual({ type: 'chat.start', generic: true });
    });

    it('no list found: asks the user to pick one for the case, and stops there', async () => {
      const sent = fakeTabScript({
        'chat.ping': () => ({ ready: true }),
        'chat.start': () => ({ found: false, url: DATA.url, title: DATA.title }),
        'chat.pick': () => ({ started: true }),
      });
      expect(await startChat(freshDb(), TAB, DATA.url, { caseId: 'case-0001' })).toEqual({ picking: true });
      expect(sent.at(-1)).toEqual({ type: 'chat.pick', caseId: 'case-0001' });
    });

    it('injects the chat script where none answers', async () => {
      const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue(undefined);
      fakeTabScript({ 'chat.start': () => ({ found: true, url: DATA.url, title: DATA.title }) });
      await startChat(freshDb(), TAB, DATA.url, {});
      expect(inject).toHaveBeenCalledWith({ target: { tabId: TAB }, files: ['/content-scripts/chat.js'] });
    });
  });

  describe('loadHistory', () => {
    it('asks again while the page ran out of time, adding up the pages, until it says why it stopped', async () => {
      const steps = [
        { basis: 'time-limit', pages: 3, ms: 10 },
        { basis: 'time-limit', pages: 2, ms: 10 },
        { basis: 'marker', pages: 1, ms: 10 },
      ];
      const sent = fakeTabScript({ 'chat.history': () => steps.shift() });
      const history = await loadHistory(TAB);
      expect(history).toMatchObject({ basis: 'marker', pages: 6 });
      expect(sent).toHaveLength(3);
      expect(sent[0]).toMatchObject({ maxMs: 20_000, quietMs: 2_500 });
    });

    it('stops at the overall limit with what it has, said as a time limit', async () => {
      const sent = fakeTabScript({ 'chat.history': () => ({ basis: 'time-limit', pages: 4, ms: 10 }) });
      const history = await loadHistory(TAB, { stepMs: 20_000, maxMs: 0, quietMs: 100 });
      expect(history).toMatchObject({ basis: 'time-limit', pages: 4 });
      expect(sent).toEqual([{ type: 'chat.history', maxMs: 1, quietMs: 100 }]);
    });
  });

  describe('walkBands', () => {
    const journal = () => ({ band: vi.fn(() => Promise.resolve()) });
    const shooter = (...outcomes: (Uint8Array | Error)[]) => ({
      shootWhenInFront: vi.fn(() => {
        const next = outcomes.shift() ?? PNG;
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
      }),
    });

    it('pictures every band to the last, cropping and journaling each', async () => {
      fakeTabScript({
        'chat.band': ({ index }) => band(index as number, index === 2),
        'chat.status': () => ({ ok: true }),
      });
      const kept = journal();
      const walk = await walkBands(TAB, shooter(), kept, { crop });
      await Promise.all(walk.journaled);
      expect(walk.bands.map((b) => b.index)).toEqual([0, 1, 2]);
      expect(walk.walkStoppedEarly).toBeUndefined();
      expect(kept.band).toHaveBeenCalledTimes(3);
      expect(kept.band.mock.calls[1]).toEqual([
        expect.objectContaining({ index: 1, offset: 500, width: 600, pixels: { width: 600, height: 500 }, png: PNG }),
      ]);
    });

    it('a band out of view and a failed picture are marked, and the walk goes on', async () => {
      fakeTabScript({
        'chat.band': ({ index }) =>
          index === 0 ? band(0, false, { x: 0, y: 0, width: 600, height: 0 }) : band(index as number, index === 2),
        'chat.status': () => ({ ok: true }),
      });
      const walk = await walkBands(TAB, shooter(new Error('quota')), journal(), { crop });
      expect(walk.bands.map((b) => b.failed)).toEqual(['the list was not in view', 'quota', undefined]);
    });

    it('stops at the band where another tab came in front, keeping no picture of it', async () => {
      fakeTabScript({ 'chat.band': ({ index }) => band(index as number), 'chat.status': () => ({ ok: true }) });
      const kept = journal();
      const walk = await walkBands(TAB, shooter(PNG, new NotInFront('behind')), kept, { crop });
      await Promise.all(walk.journaled);
      expect(walk.bands).toHaveLength(2);
      expect(walk.bands[1]).toMatchObject({ failed: 'another tab was in front' });
      expect(walk.bands[1]!.crop).toBeUndefined();
      expect(walk.walkStoppedEarly).toBe('The capture stopped at band 2: another tab was in front.');
      expect(walk.stopLine).toMatch(/part 2 of the chat because another tab/);
      expect(kept.band).toHaveBeenCalledTimes(1);
    });

    it('stops when its time runs out, saying so', async () => {
      fakeTabScript({ 'chat.band': ({ index }) => band(index as number), 'chat.status': () => ({ ok: true }) });
      const walk = await walkBands(TAB, shooter(), journal(), { crop, maxMs: -1 });
      expect(walk.bands).toHaveLength(0);
      expect(walk.walkStoppedEarly).toMatch(/time limit/);
    });

    it('a failing page fails the walk only once the bands taken are journaled', async () => {
      fakeTabScript({
        'chat.band': ({ index }) => {
          if (index === 1) throw new Error('the list is gone');
          return band(0);
        },
        'chat.status': () => ({ ok: true }),
      });
      let written = false;
      const slow = {
        band: vi.fn(() => new Promise<void>((r) => setTimeout(() => ((written = true), r()), 20))),
      };
      await expect(walkBands(TAB, shooter(), slow, { crop })).rejects.toThrow('the list is gone');
      expect(written).toBe(true);
    });
  });

  it('resolveBands: a band whose crop failed keeps the reason instead of a picture', async () => {
    const bands = await resolveBands([
      { ...band(0), crop: crop(PNG) },
      { ...band(1), crop: Promise.reject(new Error('no 2D canvas')) },
      { ...band(2), failed: 'the list was not in view' },
    ]);
    expect(bands[0]).toMatchObject({ png: PNG, pixels: { width: 600, height: 500 } });
    expect(bands[1]).toMatchObject({ failed: 'cropping failed: no 2D canvas' });
    expect(bands[1]!.png).toBeUndefined();
    expect(bands[2]).toEqual({ index: 2, offset: 1000, height: 500, width: 600, failed: 'the list was not in view' });
  });

  it('bandFiles: numbered PNGs of the pictured bands only, each with its hash', async () => {
    const bands: KeptBand[] = [
      { index: 0, offset: 0, height: 500, width: 600, png: PNG, pixels: { width: 600, height: 500 } },
      { index: 1, offset: 500, height: 500, width: 600, failed: 'quota' },
    ];
    const { files, entries } = await bandFiles(bands);
    expect(files).toEqual([{ name: 'band-001.png', mime: 'image/png', bytes: PNG }]);
    expect(entries).toEqual([
      {
        file: 'band-001.png',
        index: 0,
        offset: 0,
        height: 500,
        width: 600,
        pixels: { width: 600, height: 500 },
        sha256: await sha256Hex(PNG),
      },
    ]);
  });

  it('readImages: reads the readable images through the page; the others keep why not', async () => {
    fakeTabScript({
      'chat.image': ({ url }) => {
        if (url === 'https://img.example/3.png') throw new Error('404');
        return { ...IMAGE_REPLY, mime: 'image/jpeg' };
      },
    });
    const { files, outcomes } = await readImages(TAB, [
      ...DATA.images,
      { url: 'https://img.example/3.png', saved: true },
    ]);
    expect(files.map((f) => f.name)).toEqual(['image-001.jpg']);
    expect(outcomes.get('https://img.example/1.png')).toEqual({
      file: 'image-001.jpg',
      sha256: await sha256Hex(PNG),
      size: PNG.byteLength,
      mime: 'image/jpeg',
    });
    expect(outcomes.get('https://img.example/2.png')).toEqual({ reason: 'cross-origin' });
    expect(outcomes.get('https://img.example/3.png')).toEqual({ reason: 'reading it failed: 404' });
  });

  it('chatReport: a failed band makes the chat incomplete, and health says so with the extra lines', () => {
    const outcomes = new Map([['https://img.example/1.png', { reason: 'x' }]]);
    const whole = chatReport(gathered({ extraHealth: ['Quota waits'] }), outcomes);
    expect(whole.report.startReached).toBe(true);
    expect(whole.health.at(-1)).toBe('Quota waits');
    expect(whole.health.some((l) => /generic/i.test(l) || /general/i.test(l))).toBe(true);
    const failed = chatReport(
      gathered({ bands: [{ index: 0, offset: 0, height: 500, width: 600, failed: 'quota' }] }),
      outcomes,
    );
    expect(failed.report.complete).toBe(false);
    expect(failed.health.some((l) => l.includes('quota'))).toBe(true);
  });

  it("chatOrders: the adapter's own order shapes and 'order no.' phrases, address first", () => {
    expect(chatOrders(DATA)).toEqual({ platform: 'other', orders: ['DS-12345'] });
    const shopee = chatOrders({
      ...DATA,
      adapter: 'shopee',
      url: 'https://shopee.example/chat?orderid=998877',
      messages: [{ ...DATA.messages[1]!, text: 'see 240101ABCDEFGH' }],
    });
    expect(shopee).toEqual({ platform: 'shopee', orders: ['998877', '240101ABCDEFGH'] });
  });

  it('buildTranscriptFiles: transcript.json and transcript.txt naming each stored image and every message', () => {
    const images = new Map([
      ['https://img.example/1.png', { file: 'image-001.png', sha256: 'ab'.repeat(32), size: 8, mime: 'image/png' }],
      ['https://img.example/2.png', { reason: 'cross-origin' }],
    ]);
    const { report } = chatReport(gathered(), images);
    const { text, files } = buildTranscriptFiles({
      data: DATA,
      report,
      history: HISTORY,
      images,
      bands: [],
      capturedAt: Date.UTC(2026, 10, 2, 10, 0),
      platform: 'other',
      orders: ['DS-12345'],
    });
    expect(files.map((f) => f.name)).toEqual(['transcript.json', 'transcript.txt']);
    expect(new TextDecoder().decode((files[1] as { bytes: Uint8Array }).bytes)).toBe(text);
    expect(text).toContain(`[image image-001.png, sha256 ${'ab'.repeat(32)}]`);
    expect(text).toContain('[image not saved: https://img.example/2.png (cross-origin)]');
    const json = JSON.parse(new TextDecoder().decode((files[0] as { bytes: Uint8Array }).bytes)) as {
      orderNumbers: string[];
      capturedAt: string;
      messages: { n: number; attachments: { kind: string; saved: boolean; file?: string }[] }[];
    };
    expect(json.orderNumbers).toEqual(['DS-12345']);
    expect(json.capturedAt).toBe('2026-11-02T10:00:00.000Z');
    expect(json.messages[0]!.attachments).toEqual([
      expect.objectContaining({ kind: 'image', saved: true, file: 'image-001.png' }),
      expect.objectContaining({ kind: 'file', saved: false }),
    ]);
    expect(json.messages[1]!.attachments).toEqual([expect.objectContaining({ saved: false, reason: 'cross-origin' })]);
  });

  it("chatCase: a named order's existing case first, then the case picked, else a new one", async () => {
    const db = freshDb();
    const picked = await createCase(db, { platform: 'other', role: 'buyer', title: 'Mine' });
    const fresh = await chatCase(db, 'other', ['DS-12345'], {}, DATA);
    expect(fresh).toMatchObject({ orderRef: 'DS-12345', title: 'Order DS-12345', role: 'buyer' });
    expect((await chatCase(db, 'other', ['X-999', 'DS-12345'], { caseId: picked.id }, DATA)).id).toBe(fresh.id);
    expect((await chatCase(db, 'other', ['X-999'], { caseId: picked.id }, DATA)).id).toBe(picked.id);
    await expect(chatCase(db, 'other', [], { caseId: 'case-none' }, DATA)).rejects.toThrow('No case case-none');
  });

  it('storeChat: one chat item with transcript, bands and images in its case, and the page told', async () => {
    const db = freshDb();
    const sent = fakeTabScript({ 'chat.image': () => IMAGE_REPLY, 'chat.status': () => ({ ok: true }) });
    const result = await storeChat(db, gathered());
    expect(result).toMatchObject({ orderRecognised: true, orderId: 'DS-12345', messages: 2, startReached: true });
    const item = await db.evidence.get(result.evidenceIds[0]!);
    expect(item).toMatchObject({ caseId: result.caseId, kind: 'chat-transcript', sourceUrl: DATA.url });
    expect(item!.files.map((f) => f.name)).toEqual([
      'transcript.json',
      'transcript.txt',
      'band-001.png',
      'image-001.png',
    ]);
    expect(sent.at(-1)).toMatchObject({ type: 'chat.status', busy: false });
    const stopped = await storeChat(db, gathered({ walkStoppedEarly: 'stopped', walkStopKind: 'stopped' }));
    expect(stopped).toMatchObject({ caseId: result.caseId, partial: true, complete: false });
  });
});
