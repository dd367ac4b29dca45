import { bootPage } from '../../components/shared/boot-page';
import { WelcomePage } from '../../components/welcome/WelcomePage';

void bootPage(WelcomePage, { title: 'welcomePageTitle' });
