export { createSearchIndex } from './create.js';
export type { SearchIndex, SearchIndexData, SearchIndexOptions, SearchWeights } from './create.js';
export { search } from './search.js';
export type { SearchHit, SearchOptions } from './search.js';
export { foldGerman, searchTokens } from './fold.js';
export { oneWaySynonyms, synonymGroups } from './synonyms.js';
