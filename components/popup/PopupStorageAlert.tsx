import { browser } from 'wxt/browser';
import { useStorageStatus } from '../../hooks/use-storage-status';
import { StorageAlert } from '../shared/StorageAlert';

/** The popup's copy of the library's storage warning; the backup itself is made in the library. */
export function PopupStorageAlert() {
  const status = useStorageStatus();
  return <StorageAlert status={status} backup={{ href: browser.runtime.getURL('/library.html') }} />;
}
