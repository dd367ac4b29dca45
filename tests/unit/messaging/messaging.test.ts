import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { listen, MessageError, sendRuntime } from '../../../utils/messaging';
import { backgroundRequests } from '../../../utils/schemas/messages';

const CASE_ID = '0b7e2c9a-1111-4222-8333-444455556666';

describe('typed messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('delivers a valid request to its handler and validates the reply', async () => {
    const handler = vi.fn(() => Promise.resolve({ filename: 'p.zip', downloadId: 3, bytes: 10, files: 4 }));
    listen(backgroundRequests, { 'export.case': handler, 'capture.save': vi.fn(), 'page.status': vi.fn(), 'page.hello': vi.fn() });
    const reply = await sendRuntime(backgroundRequests, { type: 'export.case', caseId: CASE_ID });
    expect(reply).toEqual({ filename: 'p.zip', downloadId: 3, bytes: 10, files: 4 });
    expect(handler).toHaveBeenCalledWith({ type: 'export.case', caseId: CASE_ID }, expect.anything());
  });

  it('refuses a request that fails its schema with a logged error, and never calls the handler', async () => {
    const handler = vi.fn();
    const onRefused = vi.fn();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    listen(backgroundRequests, { 'capture.save': handler, 'export.case': handler, 'page.status': handler, 'page.hello': handler }, { onRefused });
    const reply = await browser.runtime.sendMessage({ type: 'capture.save', source: 'somewhere-else' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Refused capture.save') });
    expect(handler).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith('[OrderProof]', expect.stringContaining('Refused capture.save'));
    log.mockRestore();
  });

  it('turns a handler failure into an error the sender sees', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    listen(backgroundRequests, {
      'export.case': () => Promise.reject(new Error('disk full')),
      'capture.save': vi.fn(),
      'page.status': vi.fn(), 'page.hello': vi.fn(),
    });
    await expect(sendRuntime(backgroundRequests, { type: 'export.case', caseId: CASE_ID })).rejects.toThrow('disk full');
    log.mockRestore();
  });

  it('rejects a reply that fails its schema', async () => {
    listen(backgroundRequests, {
      'export.case': () => Promise.resolve({ filename: 42 } as unknown as { filename: string; downloadId: number; bytes: number; files: number }),
      'capture.save': vi.fn(),
      'page.status': vi.fn(), 'page.hello': vi.fn(),
    });
    await expect(sendRuntime(backgroundRequests, { type: 'export.case', caseId: CASE_ID })).rejects.toBeInstanceOf(MessageError);
  });

  it('ignores messages of other types, leaving them to other listeners', async () => {
    const handler = vi.fn();
    listen(backgroundRequests, { 'export.case': handler, 'capture.save': handler, 'page.status': handler, 'page.hello': handler });
    listen(
      { ping: { request: backgroundRequests['export.case'].request, response: backgroundRequests['export.case'].response } },
      { ping: handler },
      { accept: () => false },
    );
    await expect(browser.runtime.sendMessage({ type: 'something.else' })).resolves.toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });
});
