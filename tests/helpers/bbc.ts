/** The BBC development library and its queries (shared with bench:quality). */
export * from '../../bench/bbc-corpus.js';
