import { describe, expect, it, vi } from 'vitest';
import { OffscreenLife } from '../../../utils/export/offscreen-life';

/** A document that is open or not, as Chrome's offscreen API would say. */
function fakeDocument() {
  const doc = {
    open: false,
    opened: 0,
    closed: 0,
    create: vi.fn(() => {
      if (!doc.open) doc.opened++;
      doc.open = true;
      return Promise.resolve();
    }),
    close: vi.fn(() => {
      if (!doc.open) return Promise.reject(new Error('no document'));
      doc.open = false;
      doc.closed++;
      return Promise.resolve();
    }),
  };
  return doc;
}

describe("closing Chrome's idle offscreen document", () => {
  it('refuses while an export is under way, closes once none is, and the next export opens it again', async () => {
    const doc = fakeDocument();
    const life = new OffscreenLife(doc.create, doc.close);
    let finish!: () => void;
    const first = life.whileExporting(async () => {
      await life.ensureOpen();
      await new Promise<void>((resolve) => (finish = resolve));
    });
    expect(await life.closeIdle()).toEqual({ closing: false });
    await vi.waitFor(() => expect(finish).toBeDefined());
    expect(doc.open).toBe(true);
    expect(await life.closeIdle()).toEqual({ closing: false });
    finish();
    await first;
    expect(doc.closed).toBe(0);

    expect(await life.closeIdle()).toEqual({ closing: true });
    expect(doc.open).toBe(false);
    await life.whileExporting(() => life.ensureOpen());
    expect(doc.open).toBe(true);
    expect(doc.opened).toBe(2);
  });

  it('refuses while the document is being opened (the export button hovered)', async () => {
    const doc = fakeDocument();
    let opened!: () => void;
    doc.create.mockImplementationOnce(
      () =>
        new Promise<void>((resolve) => {
          opened = () => {
            doc.open = true;
            resolve();
          };
        }),
    );
    const life = new OffscreenLife(doc.create, doc.close);
    const opening = life.ensureOpen();
    await vi.waitFor(() => expect(opened).toBeDefined());
    expect(await life.closeIdle()).toEqual({ closing: false });
    opened();
    await opening;
    expect(doc.close).not.toHaveBeenCalled();
  });

  it('an export asked for while the document closes waits for the close, then opens a new one', async () => {
    const doc = fakeDocument();
    const life = new OffscreenLife(doc.create, doc.close);
    await life.ensureOpen();
    let closed!: () => void;
    doc.close.mockImplementationOnce(
      () =>
        new Promise<void>((resolve) => {
          closed = () => {
            doc.open = false;
            resolve();
          };
        }),
    );
    const closing = life.closeIdle();
    const exported = life.whileExporting(() => life.ensureOpen());
    await new Promise((r) => setTimeout(r, 10));
    expect(doc.create).toHaveBeenCalledTimes(1);
    closed();
    expect(await closing).toEqual({ closing: true });
    await exported;
    expect(doc.create).toHaveBeenCalledTimes(2);
    expect(doc.open).toBe(true);
  });

  it('a close that fails is no export failure, and the document can be asked for again', async () => {
    const doc = fakeDocument();
    const life = new OffscreenLife(doc.create, doc.close);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await life.closeIdle()).toEqual({ closing: true });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    await life.ensureOpen();
    expect(doc.open).toBe(true);
  });
});
