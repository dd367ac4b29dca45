import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getDb } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { showBidiControls } from '../../utils/export/bidi';
import { AddFiles } from './AddFiles';
import { AuditTimeline } from './AuditTimeline';
import { CaseDatesForm } from './CaseDatesForm';
import { CaseHeader } from './CaseHeader';
import { GuidancePanel } from '../shared/GuidancePanel';
import { EvidenceCard } from './EvidenceCard';
import { NoteForm } from './NoteForm';
import { ShowEarlier, useShownCount } from './ShowEarlier';
import { useCaseItems } from '../../hooks/use-case-items';

/** Evidence cards drawn at first (the newest); earlier ones on request. */
export const GALLERY_PAGE = 60;

export function CaseView({ caseId, onSelect }: { caseId: string; onSelect: (id: string) => void }) {
  const db = getDb();
  const item = useLiveQuery(() => db.cases.get(caseId), [caseId]);
  // Read whole once, then only the items each change names; unchanged items keep their object.
  const evidence = useCaseItems(caseId);
  const allOthers = useLiveQuery(
    () => db.cases.filter((c) => c.id !== caseId && c.status !== 'deleted').toArray(),
    [caseId],
  );
  // Every added item touches its case's updatedAt; the cards, which list the others by title, need not draw again.
  const othersKey = JSON.stringify((allOthers ?? []).map((c) => [c.id, c.title]));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const others = useMemo(() => allOthers ?? [], [othersKey]);
  const [shown, showMore] = useShownCount(GALLERY_PAGE, caseId);
  if (item === undefined || evidence === undefined) return <p className="muted">{t('loading')}</p>;
  if (!item) return <p className="warn">{t('caseNotFound')}</p>;
  return (
    <section className="case-view" aria-label={showBidiControls(item.title)} data-testid="case-view">
      {/* Keyed by case: its title field, export note and Verify result belong to one case only. */}
      <CaseHeader key={item.id} item={item} others={others} onSelect={onSelect} />
      <CaseDatesForm item={item} />
      <GuidancePanel item={item} />
      <h3>{t('evidenceHeading')}</h3>
      <AddFiles caseId={caseId} />
      <NoteForm caseId={caseId} />
      <ShowEarlier
        hidden={evidence.length - shown}
        label={t('showEarlierEvidence', String(evidence.length - shown))}
        onMore={showMore}
        testId="gallery-earlier"
      />
      <div className="gallery" data-testid="gallery">
        {evidence.slice(Math.max(0, evidence.length - shown)).map((e) => (
          <EvidenceCard key={e.id} item={e} others={others} />
        ))}
      </div>
      <AuditTimeline key={caseId} caseId={caseId} evidence={evidence} />
    </section>
  );
}
