/**
 * @markt/sdk — the matching SDK of markt. Pure and isomorphic: no DOM, no Node built-ins, no I/O.
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './model/index.js';
