import type { VerifyReport } from '../../utils/export/verify';
import { t } from '../../utils/i18n';

/** A case's verification, said plainly when it holds and with every problem when it does not. */
export function VerifyResult({
  report,
  testIdPrefix = '',
}: {
  report: VerifyReport | undefined;
  testIdPrefix?: string;
}) {
  if (!report) return null;
  if (report.ok)
    return (
      <p className="good" role="status" data-testid={`${testIdPrefix}verify-ok`}>
        {t('verifyOk', report.filesChecked, report.entriesChecked)}
      </p>
    );
  return (
    <div className="bad" role="alert" data-testid={`${testIdPrefix}verify-problems`}>
      {t('verifyFailed')}
      <ul>
        {report.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
