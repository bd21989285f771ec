/**
 * @markt/sdk — the matching SDK of markt. Pure and isomorphic: no DOM, no Node built-ins, no I/O.
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './model/index.js';
export * from './occupations/index.js';
export * from './quiz/index.js';
export * from './radar/index.js';
export * from './match/index.js';
export * from './search/index.js';
export * from './route/index.js';
