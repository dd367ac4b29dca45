import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { listen, MessageError, MessageRouter, sendRuntime } from '../../../utils/messaging';
import { backgroundMessages } from '../../../utils/messages/background';

const CASE_ID = '0b7e2c9a-1111-4222-8333-444455556666';
const EXPORTED = { filename: 'p.zip', downloadId: 3, bytes: 10, files: 4 };

describe('typed messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('delivers a valid request to its handler and validates the reply', async () => {
    const handler = vi.fn(() => Promise.resolve(EXPORTED));
    listen(backgroundMessages, { 'bg.export.case': handler });
    const reply = await sendRuntime(backgroundMessages, { type: 'bg.export.case', caseId: CASE_ID });
    expect(reply).toEqual(EXPORTED);
    expect(handler).toHaveBeenCalledWith({ type: 'bg.export.case', caseId: CASE_ID }, expect.anything());
  });

  it('refuses a request that fails its schema with a logged error, and never calls the handler', async () => {
    const handler = vi.fn(() => Promise.resolve(EXPORTED));
    const onRefused = vi.fn();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    listen(backgroundMessages, { 'bg.export.case': handler }, { onRefused });
    const reply = await browser.runtime.sendMessage({ type: 'bg.export.case', caseId: 42 });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Refused bg.export.case') });
    expect(handler).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith('[OrderProof]', expect.stringContaining('Refused bg.export.case'));
    log.mockRestore();
  });

  it('turns a handler failure into an error the sender sees', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    listen(backgroundMessages, { 'bg.export.case': () => Promise.reject(new Error('disk full')) });
    await expect(sendRuntime(backgroundMessages, { type: 'bg.export.case', caseId: CASE_ID })).rejects.toThrow(
      'disk full',
    );
    log.mockRestore();
  });

  it('rejects a reply that fails its schema', async () => {
    listen(backgroundMessages, {
      'bg.export.case': () => Promise.resolve({ filename: 42 } as unknown as typeof EXPORTED),
    });
    await expect(sendRuntime(backgroundMessages, { type: 'bg.export.case', caseId: CASE_ID })).rejects.toBeInstanceOf(
      MessageError,
    );
  });

  it('leaves messages it has no route for to other listeners', async () => {
    const handler = vi.fn(() => Promise.resolve(EXPORTED));
    listen(backgroundMessages, { 'bg.export.case': handler });
    await expect(browser.runtime.sendMessage({ type: 'bg.page.hello' })).resolves.toBeUndefined();
    await expect(browser.runtime.sendMessage({ type: 'something.else' })).resolves.toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('routes the parts two concerns added through one listener', async () => {
    const add = vi.spyOn(browser.runtime.onMessage, 'addListener');
    const router = new MessageRouter();
    router.on(backgroundMessages, { 'bg.export.case': () => Promise.resolve(EXPORTED) });
    router.on(backgroundMessages, { 'bg.page.hello': () => Promise.resolve({ button: true }) });
    router.start();
    expect(add).toHaveBeenCalledOnce();
    expect(router.types).toEqual(['bg.export.case', 'bg.page.hello']);
    await expect(sendRuntime(backgroundMessages, { type: 'bg.page.hello' })).resolves.toEqual({ button: true });
    await expect(sendRuntime(backgroundMessages, { type: 'bg.export.case', caseId: CASE_ID })).resolves.toEqual(
      EXPORTED,
    );
  });

  it('refuses a second handler for one message', () => {
    const router = new MessageRouter().on(backgroundMessages, {
      'bg.page.hello': () => Promise.resolve({ button: true }),
    });
    expect(() => router.on(backgroundMessages, { 'bg.page.hello': () => Promise.resolve({ button: false }) })).toThrow(
      'Two handlers for bg.page.hello',
    );
  });
});
