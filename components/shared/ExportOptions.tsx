import { t } from '../../utils/i18n';
import { ExportWarnings } from './ExportWarnings';

export interface ExportOptionsValue {
  masked: boolean;
  fitted: boolean;
}

/**
 * The export's two sharing options, and what masking will not do. The same in the popup and the library;
 * `testIdPrefix` keeps each screen's test ids apart.
 */
export function ExportOptions({
  caseId,
  value,
  onChange,
  testIdPrefix = '',
}: {
  caseId: string;
  value: ExportOptionsValue;
  onChange: (v: ExportOptionsValue) => void;
  testIdPrefix?: string;
}) {
  return (
    <>
      <label title={t('maskPersonalDataHint')}>
        <input
          type="checkbox"
          checked={value.masked}
          onChange={(e) => onChange({ ...value, masked: e.target.checked })}
          data-testid={`${testIdPrefix}export-masked`}
        />{' '}
        {t('maskPersonalData')}
      </label>{' '}
      <label title={t('fitUploadHint')}>
        <input
          type="checkbox"
          checked={value.fitted}
          onChange={(e) => onChange({ ...value, fitted: e.target.checked })}
          data-testid={`${testIdPrefix}export-fitted`}
        />{' '}
        {t('fitUpload')}
      </label>
      {value.masked ? <ExportWarnings caseId={caseId} /> : null}
    </>
  );
}
