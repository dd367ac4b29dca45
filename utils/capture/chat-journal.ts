import { z } from 'zod';
import type { OrderProofDB } from '../db/database';
import { historySchema } from '../chat/schemas';
import { idSchema } from '../schemas/records';
import { groupRuns } from './journal';

/**
 * The screenshot bands of a running whole-chat capture, kept in the settings table as they are taken,
 * like the full-page journal (journal.ts). Chrome may stop the background mid-chat; the next start
 * then finishes the chat from these bands and the transcript the page still holds, as a partial item.
 * Nothing here is evidence until addEvidence stores and hashes it; the rows are removed then.
 */

const PREFIX = 'chatJournal:';
const ROW = /^chatJournal:([^:]+)(?::band:(\d+))?$/;
const headerKey = (runId: string) => `${PREFIX}${runId}`;
const bandKey = (runId: string, index: number) => `${PREFIX}${runId}:band:${String(index).padStart(5, '0')}`;
export const MAX_CHAT_ATTEMPTS = 3;

export const chatJournalHeaderSchema = z.object({
  runId: z.string().min(1),
  tabId: z.number().int(),
  url: z.string(),
  capturedAt: z.number().int().nonnegative(),
  caseId: idSchema.optional(),
  history: historySchema,
  viewport: z.object({ width: z.number().positive(), height: z.number().positive() }).optional(),
  attempts: z.number().int().nonnegative(),
});
export type ChatJournalHeader = z.infer<typeof chatJournalHeaderSchema>;

export const chatBandRowSchema = z.object({
  index: z.number().int().nonnegative(),
  offset: z.number(),
  height: z.number().nonnegative(),
  width: z.number().nonnegative(),
  pixels: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
  /** Its rows were still changing when it was read: a chat finished from the journal says so too. */
  unsettled: z.literal(true).optional(),
  png: z.instanceof(Blob),
});
export type ChatBandRow = z.infer<typeof chatBandRowSchema>;

export interface PendingChat {
  runId: string;
  header: ChatJournalHeader;
  bands: ChatBandRow[];
}

/** Chats running in this instance of the background: theirs are live journals, not leftovers. */
const live = new Set<string>();

/** One chat capture's journal. Writing is best effort: a failed write never stops the capture. */
export class ChatJournal {
  readonly runId = crypto.randomUUID();
  private broken = false;
  private readonly header: ChatJournalHeader;

  constructor(
    private readonly db: OrderProofDB,
    header: Omit<ChatJournalHeader, 'runId' | 'attempts'>,
  ) {
    live.add(this.runId);
    this.header = { ...header, runId: this.runId, attempts: 0 };
  }

  /** Keeps one band's picture; `viewport` is the window's inner size it was taken at. */
  async band({
    viewport,
    ...row
  }: Omit<ChatBandRow, 'png'> & { png: Uint8Array; viewport: { width: number; height: number } }): Promise<void> {
    if (this.broken) return;
    this.header.viewport ??= viewport;
    const value: ChatBandRow = { ...row, png: new Blob([row.png as Uint8Array<ArrayBuffer>], { type: 'image/png' }) };
    try {
      await this.db.transaction('rw', this.db.settings, async () => {
        await this.db.settings.put({ key: bandKey(this.runId, row.index), value });
        await this.db.settings.put({ key: headerKey(this.runId), value: this.header });
      });
    } catch (err) {
      this.broken = true;
      console.warn('[OrderProof] chat journal not written', err);
    }
  }

  async close(): Promise<void> {
    live.delete(this.runId);
    await discardChatJournal(this.db, this.runId).catch((err: unknown) =>
      console.warn('[OrderProof] chat journal not removed', err),
    );
  }
}

export async function discardChatJournal(db: OrderProofDB, runId: string): Promise<void> {
  await db.settings.where('key').startsWith(headerKey(runId)).delete();
}

export async function chatJournalFailed(db: OrderProofDB, chat: PendingChat): Promise<void> {
  const attempts = chat.header.attempts + 1;
  if (attempts >= MAX_CHAT_ATTEMPTS) await discardChatJournal(db, chat.runId);
  else await db.settings.put({ key: headerKey(chat.runId), value: { ...chat.header, attempts } });
}

/** Sorts the rows into chats to finish and run ids to drop (invalid rows, bands without a header, no bands). */
export function groupChatJournal(
  rows: { key: string; value: unknown }[],
  skip: ReadonlySet<string> = new Set(),
): { pending: PendingChat[]; drop: string[] } {
  return groupRuns(rows, ROW, chatJournalHeaderSchema, chatBandRowSchema, skip);
}

export async function readChatJournal(db: OrderProofDB): Promise<{ pending: PendingChat[]; drop: string[] }> {
  return groupChatJournal(await db.settings.where('key').startsWith(PREFIX).toArray(), live);
}
