import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../utils/db/database';
import {
  diffListings,
  listingFactText,
  listingMatchesItem,
  sameListing,
  type ListingChange,
} from '../../utils/extract/listing-diff';
import { t, type MessageKey } from '../../utils/i18n';
import { LISTING_FACTS, listingSchema, type Listing, type ListingFact } from '../../utils/schemas/listing';
import type { Evidence } from '../../utils/schemas/records';

type ListingItem = { id: string; caseId: string; capturedAt: number; title: string; listing: Listing };

const factLabel = (f: ListingFact | 'itemId') => t(`listingFact_${f}` as MessageKey);

/** Every saved listing, newest first; records are read back through the schema, not trusted. */
async function savedListings(): Promise<ListingItem[]> {
  const rows = await getDb().evidence.where('kind').equals('page-snapshot').toArray();
  const out: ListingItem[] = [];
  for (const e of rows) {
    if (e.deletedAt || !e.listing) continue;
    const parsed = listingSchema.safeParse(e.listing);
    if (parsed.success)
      out.push({ id: e.id, caseId: e.caseId, capturedAt: e.capturedAt, title: e.title, listing: parsed.data });
  }
  return out.sort((a, b) => b.capturedAt - a.capturedAt);
}

/** A listing's facts as captured: plain text, never markup. */
export function ListingFacts({ listing }: { listing: Listing }) {
  const rows = [
    ...LISTING_FACTS.map((f) => [f, listingFactText(listing, f)] as const),
    ['itemId', listing.itemId] as const,
  ].filter((r): r is readonly [ListingFact | 'itemId', string] => r[1] !== undefined);
  return (
    <details open data-testid="listing-facts">
      <summary>{t('listingFacts')}</summary>
      <table className="facts">
        <tbody>
          {rows.map(([f, v]) => (
            <tr key={f} data-testid={`listing-fact-${f}`}>
              <th scope="row">{factLabel(f)}</th>
              <td style={{ whiteSpace: 'pre-wrap' }}>
                {f === 'description' || f === 'returnPolicy' ? v.slice(0, 2000) : v}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function ChangeRow({ change }: { change: ListingChange }) {
  const mark =
    change.kind === 'added'
      ? ` (${t('listingChangeAdded')})`
      : change.kind === 'removed'
        ? ` (${t('listingChangeRemoved')})`
        : '';
  return (
    <tr data-testid={`listing-change-${change.field}`} data-change={change.kind}>
      <th scope="row">
        {factLabel(change.field)}
        {mark}
      </th>
      <td style={{ whiteSpace: 'pre-wrap' }}>
        <del>{change.before ?? '—'}</del>
      </td>
      <td style={{ whiteSpace: 'pre-wrap' }}>
        <ins>{change.after ?? '—'}</ins>
      </td>
    </tr>
  );
}

/**
 * What changed since the latest earlier capture of the same listing (same item id, else same
 * address), in any case. Shows nothing when this is the first capture.
 */
export function ListingDiff({ item }: { item: Evidence & { listing: Listing } }) {
  const earlier = useLiveQuery(
    async () =>
      (await savedListings()).find(
        (o) => o.id !== item.id && o.capturedAt < item.capturedAt && sameListing(o.listing, item.listing),
      ),
    [item.id, item.capturedAt],
  );
  if (!earlier) return null;
  const when = new Date(earlier.capturedAt).toLocaleString();
  const changes = diffListings(earlier.listing, item.listing);
  if (!changes.length) {
    return (
      <p className="muted" data-testid="listing-diff-none">
        {t('listingNoChanges', when)}
      </p>
    );
  }
  return (
    <section data-testid="listing-diff" aria-label={t('listingChangesSince', when)}>
      <h4>{t('listingChangesSince', when)}</h4>
      <table className="facts">
        <thead>
          <tr>
            <th />
            <th>{t('listingBefore')}</th>
            <th>{t('listingAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <ChangeRow key={c.field} change={c} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The listings saved for an order's items (matched by item id, else title), in any case. */
export function LinkedListings({ order }: { order: NonNullable<Evidence['order']> }) {
  const links = useLiveQuery(async () => {
    const all = await savedListings();
    return order.items.flatMap((it, i) => {
      const hit = all.find((l) => l.listing.marketplace === order.marketplace && listingMatchesItem(l.listing, it));
      return hit ? [{ key: `${i}-${hit.id}`, item: it.title ?? it.itemId ?? '', hit }] : [];
    });
  }, [order]);
  if (!links?.length) return null;
  return (
    <section data-testid="linked-listings">
      <h4>{t('linkedListings')}</h4>
      <ul>
        {links.map(({ key, item, hit }) => (
          <li key={key} data-testid="linked-listing">
            {t('linkedListingItem', item, new Date(hit.capturedAt).toLocaleString())} ·{' '}
            <span className="muted">{hit.title}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
