import { t } from '../../utils/i18n';
import { mountFloatingButton, type FloatingButton } from '../../utils/page-ui/floating-button';

export type InPageButton = Pick<FloatingButton, 'host' | 'setHidden' | 'remove'>;

/** The "保存证据 / Save evidence" button (or "Save listing"): saving shows progress, then the outcome. */
export function mountInPageButton(
  doc: Document,
  onSave: (report: (status: string) => void) => Promise<void>,
  label = t('saveEvidenceBilingual'),
): InPageButton {
  const button: FloatingButton = mountFloatingButton(doc, {
    tag: 'orderproof-save',
    role: 'save-button',
    label,
    background: '#0b6e4f',
    hover: '#095c42',
    bottom: 16,
    onClick: () => {
      button.setStatus(t('saving'), true);
      let last = '';
      void onSave((text) => {
        last = text;
        button.setStatus(text, true);
      }).finally(() => button.setStatus(last, false));
    },
  });
  return button;
}
