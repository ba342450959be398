import type { App } from './app.js';

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** Runs one operation in-process (no socket) and returns the JSON result, errors included. */
export async function runQuery(app: App, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables: variables ?? {} }),
  });
  // safe: the body is this app's GraphQL response, which is JSON of that shape (errors included)
  return (await res.json()) as GraphQLResult;
}
