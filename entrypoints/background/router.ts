import { setReturnWaitSource } from '../../utils/capture/context';
import { getReturnWait } from '../../utils/capture/settings';
import { getDb, type OrderProofDB } from '../../utils/db/database';
import { MessageRouter } from '../../utils/messaging';
import { registerCaptureMessages } from './capture-handlers';
import { registerChatMessages } from './chat-capture';
import { registerExportMessages } from './export';
import { registerPageMessages } from './page-messages';
import { registerRecipeMessages } from './recipes';
import { startReminders } from './reminders';
import { startStamping } from './stamping';

/** Each concern adds the `bg.…` messages it answers (and starts what it needs) to the one router. */
export function registerBackground(router: MessageRouter, db: OrderProofDB): void {
  registerPageMessages(router, db);
  registerCaptureMessages(router, db);
  registerChatMessages(router, db);
  registerExportMessages(router, db);
  registerRecipeMessages(router, db);
}

/**
 * The background's one message listener: every request is validated against its schema before the
 * handler its concern registered sees it.
 */
export function startBackground(): void {
  const db = getDb();
  setReturnWaitSource(() => getReturnWait(db));
  startReminders(db);
  startStamping(db);
  const router = new MessageRouter();
  registerBackground(router, db);
  router.start();
}
