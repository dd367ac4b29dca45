/**
 * Content scripts of one extension share an isolated world per frame: the loader records here what a
 * context menu was opened on, and the page tools (injected later, on the click) read it.
 */
export const CONTEXT_TARGET = Symbol.for('orderproof.context-target');

/** Stands in the loader's `matches` until the build writes every marketplace's patterns there. */
export const LOADER_MATCHES_PLACEHOLDER = '*://orderproof-loader.invalid/*';
