import { Scoreboard } from './ground-truth';
import { asExtension } from './page-reader';
import { realLocaleCases } from './real-locales-cases';

/** The amazon.de, amazon.ca and eBay Selling Manager real pages read as the extension reads them. */
realLocaleCases(new Scoreboard(), asExtension);
