import { type Case, type CaseDates, caseSchema } from '../schemas/records';
import type { OrderProofDB } from './database';
import { appendAudit, refreshSearch } from './log';
import { ensureRoom } from './storage-guard';

// Cases: creating, finding, editing, merging, and the guidance steps done on them.

export function newId(): string {
  return crypto.randomUUID();
}

export interface NewCase {
  platform: string;
  role: Case['role'];
  title: string;
  orderRef?: string;
  dates?: CaseDates;
}

export async function createCase(db: OrderProofDB, input: NewCase): Promise<Case> {
  await ensureRoom(0);
  const now = Date.now();
  const record = caseSchema.parse({
    id: newId(),
    platform: input.platform,
    role: input.role,
    title: input.title,
    ...(input.orderRef ? { orderRef: input.orderRef } : {}),
    status: 'open',
    createdAt: now,
    updatedAt: now,
    dates: input.dates ?? {},
    tags: [],
  });
  await db.transaction('rw', db.cases, db.evidence, db.audit, db.search, async () => {
    await db.cases.add(record);
    await appendAudit(
      db,
      record.id,
      'create',
      { title: record.title, platform: record.platform, orderRef: record.orderRef },
      undefined,
      now,
    );
    await refreshSearch(db, record.id);
  });
  return record;
}

/** The newest open case for this order, so repeated saves of one order land in one case. */
export async function findCaseForOrder(
  db: OrderProofDB,
  platform: string,
  orderRef: string,
): Promise<Case | undefined> {
  const matches = await db.cases.where('orderRef').equals(orderRef).toArray();
  return matches
    .filter((c) => c.platform === platform && c.status !== 'deleted')
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export type CasePatch = Partial<
  Pick<Case, 'title' | 'status' | 'orderRef' | 'role' | 'tags' | 'guidance' | 'market' | 'facts'>
> & { dates?: Partial<CaseDates> };

export async function editCase(db: OrderProofDB, caseId: string, patch: CasePatch): Promise<Case> {
  return db.transaction('rw', db.cases, db.evidence, db.audit, db.search, async () => {
    const before = await db.cases.get(caseId);
    if (!before) throw new Error(`No case ${caseId}`);
    const after = caseSchema.parse({
      ...before,
      ...patch,
      dates: { ...before.dates, ...patch.dates },
      updatedAt: Date.now(),
    });
    await db.cases.put(after);
    const changed = Object.keys(patch);
    await appendAudit(db, caseId, 'edit', {
      fields: changed,
      before: Object.fromEntries(changed.map((k) => [k, before[k as keyof Case]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k as keyof Case]])),
    });
    await refreshSearch(db, caseId);
    return after;
  });
}

/** Moves every item of `fromId` into `intoId` and retires `fromId`; both logs record it. */
export async function mergeCases(db: OrderProofDB, fromId: string, intoId: string): Promise<void> {
  if (fromId === intoId) throw new Error('A case cannot be merged into itself');
  await db.transaction('rw', db.cases, db.evidence, db.audit, db.search, async () => {
    const from = await db.cases.get(fromId);
    const into = await db.cases.get(intoId);
    if (!from || !into) throw new Error('Both cases must exist');
    const items = await db.evidence.where('caseId').equals(fromId).toArray();
    for (const item of items) {
      await db.evidence.update(item.id, { caseId: intoId });
      const files = item.files.map((f) => f.sha256);
      await appendAudit(db, fromId, 'move', { to: intoId, title: item.title, files, merge: true }, item.id);
      await appendAudit(db, intoId, 'move', { from: fromId, title: item.title, files, merge: true }, item.id);
    }
    const now = Date.now();
    await db.cases.update(fromId, { status: 'deleted', updatedAt: now });
    await db.cases.update(intoId, { updatedAt: now, dates: { ...from.dates, ...into.dates } });
    await appendAudit(db, fromId, 'edit', {
      fields: ['status'],
      before: { status: from.status },
      after: { status: 'deleted' },
      mergedInto: intoId,
    });
    await appendAudit(db, intoId, 'edit', { mergedFrom: fromId, title: from.title, items: items.length });
    await refreshSearch(db, fromId);
    await refreshSearch(db, intoId);
  });
}

/** Marks a guidance step done on a date (or not done), which moves the deadlines that count from it. */
export async function markStepDone(
  db: OrderProofDB,
  caseId: string,
  stepId: string,
  date: string | undefined,
): Promise<Case> {
  const c = await db.cases.get(caseId);
  if (!c?.guidance) throw new Error('This case follows no guidance yet');
  const others = Object.entries(c.guidance.stepsDone).filter(([id]) => id !== stepId);
  const stepsDone = Object.fromEntries(date ? [...others, [stepId, date]] : others);
  return editCase(db, caseId, { guidance: { ...c.guidance, stepsDone } });
}

export async function recentCases(db: OrderProofDB, limit = 10): Promise<Case[]> {
  const all = await db.cases.orderBy('updatedAt').reverse().toArray();
  return all.filter((c) => c.status !== 'deleted').slice(0, limit);
}
