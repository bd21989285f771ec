/**
 * @markt/sdk — the matching SDK of markt. Pure and isomorphic: no DOM, no Node built-ins, no I/O.
 *
 * The main entry holds the engine (match, search, scoreQuiz, buildRadar, planRoute), the word lists and
 * every domain type. Three subpath exports hold what not every caller needs: `@markt/sdk/schemas` (the
 * valibot schemas, `check` and `parse`), `@markt/sdk/reasons` (reason messages) and
 * `@markt/sdk/quiz-texts` (the quiz statements).
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './model/vocabulary.js';
export * from './model/types.js';
export { pickText } from './model/text.js';
export * from './occupations/index.js';
export * from './quiz/index.js';
export * from './radar/index.js';
export * from './match/index.js';
export * from './search/index.js';
export * from './route/index.js';
