import { Scoreboard } from './ground-truth';
import { adapterOnly } from './page-reader';
import { realPageCases } from './real-pages-cases';

/** The Amazon and Taobao real pages read by their adapters alone: every ground-truth value right, none wrong. */
realPageCases(new Scoreboard(), adapterOnly);
