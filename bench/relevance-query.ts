import type { FastifyInstance } from 'fastify';

const DOCUMENT = `query($q: String!) { search(query: $q, first: 20) {
  totalCount
  searchedAs reduced ignoredWords broadened nearestTerms nearestTopics { topic { nameDa } count }
  nodes { __typename ... on Case { slug } ... on Method { slug } ... on Study { slug } ... on Talk { slug }
    ... on Event { slug } ... on Workshop { slug } ... on Report { slug } ... on Organisation { slug } }
} }`;

/** One search through the real HTTP stack (in-process), as a guest: the hits' slugs, the total, or the error. */
export async function runRelevanceQuery(
  app: FastifyInstance,
  query: string,
  verbose = false,
): Promise<{ slugs: string[]; total: number; error?: string; interpretation?: unknown }> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: { query: DOCUMENT, variables: { q: query } },
  });
  const body = response.json<{
    data?: { search: { totalCount: number; searchedAs: string; nodes: { slug?: string }[] } & Record<string, unknown> };
    errors?: { message: string; extensions?: { code?: string } }[];
  }>();
  if (body.errors?.length || !body.data)
    return { slugs: [], total: 0, error: `${body.errors?.[0]?.extensions?.code}: ${body.errors?.[0]?.message}` };
  const { totalCount, nodes, ...interpretation } = body.data.search;
  return {
    slugs: nodes.map((n) => n.slug ?? '?'),
    total: totalCount,
    ...(verbose ? { interpretation } : {}),
  };
}
