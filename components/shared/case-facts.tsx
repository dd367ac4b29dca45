import { t } from '../../utils/i18n';
import { formatMoney, formatPageDate } from '../../utils/i18n-format';
import { platformName, uiLocale } from '../../utils/i18n-labels';
import { applyCorrections } from '../../utils/order-corrections';
import type { Case, Evidence } from '../../utils/schemas/records';
import { useBlobUrl } from '../../hooks/use-blob-url';
import { useCaseItems } from '../../hooks/use-case-items';

export interface CaseFacts {
  /** What to call the case: the user's own title, else the item bought (the order number says little). */
  heading: string;
  /** Seller, order date, amount and order number, as far as the pages gave them. */
  details: string[];
  thumbSha?: string;
  evidenceCount: number;
}

const isPicture = (f: Evidence['files'][number]) => f.mime === 'image/png' || f.mime === 'image/jpeg';

/** A case as a person recognises it, from its newest order facts (with the user's fixes) and pictures. */
export function caseFacts(item: Case, evidence: readonly Evidence[]): CaseFacts {
  const live = evidence.filter((e) => !e.deletedAt);
  const withOrder = [...live].reverse().find((e) => e.order);
  const order = withOrder?.order ? applyCorrections(withOrder.order, withOrder.corrections) : undefined;
  const locale = uiLocale();
  const items = order?.items.map((i) => i.title).filter((x): x is string => Boolean(x)) ?? [];
  const itemLine = items.length > 1 ? `${items[0]} +${items.length - 1}` : items[0];
  // A title the user has not changed is the one made from the order number: the item says more.
  // (It was made in whichever language the browser had then.)
  const generated =
    item.orderRef !== undefined && ['Order', '订单', '訂單'].some((w) => item.title === `${w} ${item.orderRef}`);
  const heading = generated && itemLine ? itemLine : item.title;
  const seller = order?.seller ?? order?.items.find((i) => i.seller)?.seller;
  const details = [
    platformName(item.platform),
    seller,
    order?.placedAt ? formatPageDate(order.placedAt, { locale }) : undefined,
    order?.amounts.total ? formatMoney(order.amounts.total, locale) : undefined,
    item.orderRef && heading !== item.title ? t('caseOrder', item.orderRef) : undefined,
  ].filter((x): x is string => Boolean(x));
  const shot = [...live]
    .reverse()
    .find(
      (e) =>
        (e.kind === 'screenshot' || e.kind === 'full-page-screenshot' || e.kind === 'uploaded-file') &&
        e.files.some(isPicture),
    );
  const thumbSha = shot?.files.find(isPicture)?.sha256;
  return { heading, details, ...(thumbSha ? { thumbSha } : {}), evidenceCount: live.length };
}

export function useCaseFacts(item: Case): CaseFacts | undefined {
  const evidence = useCaseItems(item.id);
  return evidence ? caseFacts(item, evidence) : undefined;
}

/** A small picture of the case's newest screenshot or photo; an empty frame while it has none. */
export function CaseThumb({ sha256, size = 44 }: { sha256: string | undefined; size?: number }) {
  const url = useBlobUrl(sha256);
  return (
    <span className="case-thumb" style={{ width: size, height: size }} aria-hidden="true">
      {url ? <img src={url} alt="" /> : null}
    </span>
  );
}
