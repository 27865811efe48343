/**
 * Meilisearch cannot answer (down, or the index is missing). The search layer knows nothing of GraphQL: the API's
 * one `formatError` turns this into the SEARCH_UNAVAILABLE code clients see.
 */
export class SearchUnavailableError extends Error {
  readonly code = 'SEARCH_UNAVAILABLE';
}
