/**
 * The facts domain: what a fact, a source and a correction are, how a figure reads, what its
 * status means, the dates facts stand for, the kinds of money and the store pages and charts are
 * given. Pure: no file access (src/data/registry.ts loads the files).
 */
export * from './schema.ts';
export * from './fact-text.ts';
export * from './status.ts';
export * from './dates.ts';
export * from './money.ts';
export * from './store.ts';
