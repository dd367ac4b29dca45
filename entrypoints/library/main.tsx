import { LibraryApp } from '../../components/library/LibraryApp';
import { bootPage } from '../../components/shared/boot-page';
import '../../components/library/library.css';

void bootPage(LibraryApp, { title: 'libraryTitle' });
