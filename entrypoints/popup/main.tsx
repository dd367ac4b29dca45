import { PopupApp } from '../../components/popup/PopupApp';
import { bootPage } from '../../components/shared/boot-page';

void bootPage(PopupApp);
