// Imported first by main.ts: when this page's module scripts start to run, all of them fetched and compiled
// (the bench's timeline; its start is performance.timeOrigin).
performance.mark('offscreen:eval-start');
