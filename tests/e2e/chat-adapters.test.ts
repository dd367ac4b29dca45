import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askBackground } from '../support/e2e/ask';
import { launch, type Session } from '../support/e2e/chromium';
import { readStore, readStoredText } from '../support/e2e/store';

/**
 * One demo chat per marketplace chat adapter (tests/demo-shop/site/chat/<marketplace>/, our own emulations),
 * each served under an address its adapter claims and captured through the background as the popup does.
 * None of these hosts is HSTS-preloaded in Chromium, so plain http to the demo server reaches them.
 */
const CHAT_DIR = resolve('tests/demo-shop/site/chat');

interface Demo {
  adapter: string;
  /** The chat's address; its path prefix is served from the demo's folder. */
  url: string;
  prefix: string;
  folder: string;
  image: string;
  order: string;
  /** The message ids run `<idPrefix>01`, `<idPrefix>02`… in the order they were written. */
  idPrefix: string;
  /** Older pages the demo loads when its list is scrolled to the top. */
  historyPages: number;
}

const DEMOS: Demo[] = [
  {
    adapter: 'ebay',
    url: 'http://www.ebay.com/cnt/ViewMessage.html?conversationId=c-88213',
    prefix: '/cnt/',
    folder: 'ebay',
    image: 'lamp-dent.svg',
    order: '26-13874-50912',
    idPrefix: 'eb-',
    historyPages: 0,
  },
  {
    adapter: 'aliexpress',
    url: 'http://www.aliexpress.com/p/message/index.html?fromCode=order&orderId=8174629305517843',
    prefix: '/p/message/',
    folder: 'aliexpress',
    image: 'tent-pole.svg',
    order: '8174629305517843',
    idPrefix: 'ae-',
    historyPages: 1,
  },
  {
    adapter: 'alibaba',
    url: 'http://message.alibaba.com/message/messenger.html',
    prefix: '/message/',
    folder: 'alibaba',
    image: 'mug-sample.svg',
    order: '264519837002871',
    idPrefix: 'ab-',
    historyPages: 1,
  },
  {
    adapter: 'taobao',
    url: 'http://market.m.taobao.com/app/im/chat.html?uid=shanchaxz',
    prefix: '/app/im/',
    folder: 'taobao',
    image: 'teapot-chip.svg',
    order: '3917284650183726451',
    idPrefix: 'tb-',
    historyPages: 1,
  },
  {
    adapter: 'jd',
    url: 'http://chat.jd.com/webim/chat.html?venderId=1089',
    prefix: '/webim/',
    folder: 'jd',
    image: 'kettle-box.svg',
    order: '298174635520',
    idPrefix: 'jd-',
    historyPages: 1,
  },
  {
    adapter: 'pinduoduo',
    url: 'http://mms.pinduoduo.com/chat-merchant/index.html',
    prefix: '/chat-merchant/',
    folder: 'pinduoduo',
    image: 'towel-stain.svg',
    order: '261104-583920174635281',
    idPrefix: 'pdd-',
    historyPages: 1,
  },
  {
    adapter: 'shopee',
    url: 'http://seller.shopee.sg/webchat/conversations.html',
    prefix: '/webchat/',
    folder: 'shopee',
    image: 'phone-case.svg',
    order: '261104QXR7M2KD',
    idPrefix: 'sp-',
    historyPages: 1,
  },
  {
    adapter: 'lazada',
    url: 'http://sellercenter.lazada.com.my/apps/im/chat.html',
    prefix: '/apps/im/',
    folder: 'lazada',
    image: 'blender-jar.svg',
    order: '104837265918304',
    idPrefix: 'lz-',
    historyPages: 1,
  },
];

interface TranscriptJson {
  platform: string;
  mode: string;
  orderNumbers: string[];
  completeness: {
    messages: number;
    startReached: boolean;
    startBasis: string;
    historyPages: number;
    complete: boolean;
  };
  messages: {
    id?: string;
    role: string;
    text: string;
    translation?: string;
    attachments: { kind: string; url: string; saved: boolean; file?: string; sha256?: string; reason?: string }[];
  }[];
}

let s: Session;
let ext: Page;
const dialogs: string[] = [];

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Sends chat.capture from an extension page, as the popup does. */
function captureViaMessage(tabId: number): Promise<Record<string, unknown>> {
  return askBackground(ext, { type: 'bg.chat.capture', tabId });
}

describe('each marketplace chat adapter on its own demo chat', () => {
  beforeAll(async () => {
    s = await launch({
      hosts: [...new Set(DEMOS.map((d) => new URL(d.url).hostname))],
      extraRoots: Object.fromEntries(DEMOS.map((d) => [d.prefix, join(CHAT_DIR, d.folder)])),
    });
    ext = await s.context.newPage();
    ext.on('dialog', (d) => {
      dialogs.push(`extension: ${d.message()}`);
      void d.dismiss();
    });
    await ext.goto(s.extensionUrl('library.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const demo of DEMOS) {
    it(`${demo.adapter}: every message once, in order, with its role, image bytes and the order's case`, async () => {
      const page = await s.context.newPage();
      page.on('dialog', (d) => {
        dialogs.push(`${page.url()}: ${d.message()}`);
        void d.dismiss();
      });
      try {
        await page.goto(demo.url);
        await page.waitForLoadState('load');
        const total = Number(await page.getAttribute('body', 'data-total'));
        expect(total).toBeGreaterThanOrEqual(12);
        const result = await captureViaMessage(await s.tabIdOf(page));
        expect(result).toMatchObject({ messages: total, startReached: true, complete: true, orderId: demo.order });

        // What the page holds once its history is in: each message's role, images and translation, top to bottom.
        const truth = await page.$$eval('[data-demo-role]', (els) =>
          els.map((e) => ({
            role: e.getAttribute('data-demo-role'),
            images: e.querySelectorAll('img').length,
            translation: e.querySelector('[data-demo-translation]')?.textContent ?? undefined,
          })),
        );
        expect(truth).toHaveLength(total);

        const { evidence, cases } = await readStore(ext);
        const item = evidence.find((e) => e.id === (result.evidenceIds as string[])[0])!;
        expect(item.kind).toBe('chat-transcript');
        const jsonFile = item.files.find((f) => f.name === 'transcript.json')!;
        const json = JSON.parse(await readStoredText(ext, jsonFile.sha256)) as TranscriptJson;

        expect(json.platform).toBe(demo.adapter);
        expect(json.mode).toBe('adapter');
        expect(json.completeness).toMatchObject({
          messages: total,
          startReached: true,
          startBasis: 'marker',
          historyPages: demo.historyPages,
        });
        expect(json.messages.map((m) => m.id)).toEqual(
          Array.from({ length: total }, (_, i) => `${demo.idPrefix}${String(i + 1).padStart(2, '0')}`),
        );
        expect(json.messages.map((m) => m.role)).toEqual(truth.map((t) => t.role));
        // Buyer, seller and platform all appear, so a role mix-up cannot pass as a run of one kind.
        expect(new Set(json.messages.map((m) => m.role))).toEqual(new Set(['buyer', 'seller', 'platform']));
        expect(json.messages.map((m) => m.attachments.filter((a) => a.kind === 'image').length)).toEqual(
          truth.map((t) => t.images),
        );
        for (const m of json.messages)
          expect(m.text.length + m.attachments.length, `message ${m.id}`).toBeGreaterThan(0);
        // A translation shown beside the original is kept, apart from it.
        expect(json.messages.map((m) => m.translation)).toEqual(truth.map((t) => t.translation));
        for (const m of json.messages) if (m.translation) expect(m.text).not.toContain(m.translation);

        const images = json.messages.flatMap((m) => m.attachments.filter((a) => a.kind === 'image'));
        expect(images).toHaveLength(1);
        const image = images[0]!;
        expect(new URL(image.url).pathname).toBe(`${demo.prefix}${demo.image}`);
        expect(image).toMatchObject({
          saved: true,
          sha256: sha(readFileSync(join(CHAT_DIR, demo.folder, demo.image))),
        });
        expect(item.files.find((f) => f.name === image.file)?.sha256).toBe(image.sha256);

        expect(json.orderNumbers).toEqual([demo.order]);
        expect(cases.find((c) => c.id === result.caseId)).toMatchObject({
          platform: demo.adapter,
          orderRef: demo.order,
        });
        expect(item.caseId).toBe(result.caseId);
      } finally {
        await page.close();
      }
    });
  }

  it('fired no dialog anywhere', () => {
    expect(dialogs).toEqual([]);
  });
});
