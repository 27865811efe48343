import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

const require = createRequire(import.meta.url);
const dirOf = (specifier: string) => path.dirname(require.resolve(specifier));

/**
 * GraphiQL served from our own node_modules (no CDN), at GET /graphql for browsers and /explorer. React's UMD
 * builds come from the react 18 packages, the last to ship them.
 */
export async function registerExplorer(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: dirOf('graphiql/package.json'),
    prefix: '/explorer/graphiql/',
    decorateReply: false,
    allowedPath: (p) => p.replace(/^\//, '').startsWith('graphiql.min.'),
  });
  await app.register(fastifyStatic, {
    root: path.join(dirOf('react/package.json'), 'umd'),
    prefix: '/explorer/react/',
    decorateReply: false,
  });
  await app.register(fastifyStatic, {
    root: path.join(dirOf('react-dom/package.json'), 'umd'),
    prefix: '/explorer/react-dom/',
    decorateReply: false,
  });
  app.get('/explorer', (_request, reply) => reply.type('text/html; charset=utf-8').send(EXPLORER_HTML));
  // The start-up script is a file, not inline, so the Content-Security-Policy can forbid inline scripts.
  app.get('/explorer/explorer.js', (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(EXPLORER_JS),
  );
}

const DEFAULT_QUERY = `# Velkommen til Vidensbro's GraphQL API.
# Try: the methods with the strongest evidence for foster children.
query StrongMethods {
  methods(first: 5, filter: { targetGroup: FOSTER_CHILDREN }, orderBy: { field: EVIDENCE_STRENGTH }) {
    totalCount
    nodes { id name evidenceVerdict { strength agreeing total } evidenceRatings { nodes { scheme value sourceUrl } } }
  }
}
`;

const EXPLORER_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Vidensbro GraphQL explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql/graphiql.min.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script src="/explorer/react/react.production.min.js"></script>
  <script src="/explorer/react-dom/react-dom.production.min.js"></script>
  <script src="/explorer/graphiql/graphiql.min.js"></script>
  <script src="/explorer/explorer.js"></script>
</body>
</html>`;

const EXPLORER_JS = `const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
);
`;
