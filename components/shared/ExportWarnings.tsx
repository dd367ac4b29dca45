import { useCaseItems } from '../../hooks/use-case-items';
import { t } from '../../utils/i18n';

const isPicture = (mime: string) => mime === 'image/png' || mime === 'image/jpeg';
const isMaskableText = (mime: string) => mime.startsWith('text/') || /^application\/([\w.+-]*\+)?json\b/.test(mime);

/**
 * What "Mask personal data" will not do, said before the export: screenshots are only painted where
 * the user marked areas, and files that cannot be masked (page snapshots, videos) stay out of the pack.
 */
export function ExportWarnings({ caseId }: { caseId: string }) {
  const items = useCaseItems(caseId);
  if (!items) return null;
  const evidence = items.filter((e) => !e.deletedAt);
  const pictures = evidence.flatMap((e) =>
    e.files.filter((f) => isPicture(f.mime)).map(() => e.redactionBoxes?.length ?? 0),
  );
  const unmarked = pictures.filter((n) => n === 0).length;
  const left = evidence
    .flatMap((e) => e.files)
    .filter((f) => !f.mime.startsWith('image/') && !isMaskableText(f.mime)).length;
  return (
    <div className="export-warnings" data-testid="export-warnings">
      {unmarked ? (
        <p className="warn" data-testid="warn-unmasked">
          {t('exportWarnUnmasked', unmarked, pictures.length)}
        </p>
      ) : null}
      {left ? (
        <p className="warn" data-testid="warn-left-out">
          {t('exportWarnNoSnapshots', left)}
        </p>
      ) : null}
    </div>
  );
}
