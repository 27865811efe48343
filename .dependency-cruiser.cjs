/* global module -- dependency-cruiser reads a CommonJS config */
/**
 * The import-boundary rule of docs/architecture.md ("Layers"), checked by `npm run lint:boundaries`
 * (dependency-cruiser). Lower layers never import higher ones:
 *
 *   platform/  <  search/  <  modules/  <  graphql/, live/  <  app.ts, model.ts, main.ts and the CLIs (wiring)
 *
 * (modules/ may use graphql/'s helpers — errors, IDs, connections, payloads, context — but not its dispatch.)
 * Files that still break a rule are listed by name in `pathNot`, each with the reason; the list only shrinks.
 */
const WIRING = '^server/src/(app|model|main)\\.ts$';
/** Entry points: each wires the layers for one command, like app.ts does for the server. */
const ENTRY_POINTS = [
  '^server/src/(app|main|model|config)\\.ts$',
  '^server/src/platform/backup-cli\\.ts$',
  '^server/src/platform/migrations/create-migration\\.ts$',
  '^server/src/search/cli\\.ts$',
  '^server/src/graphql/emit-schema\\.ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'platform-is-the-lowest-layer',
      comment:
        'platform/ (database, HTTP plumbing, launchers, logging) must not import domain modules, GraphQL, search or ' +
        'live code: pass what it needs in from app.ts (as openDatabase takes the domain model).',
      severity: 'error',
      from: {
        path: '^server/src/platform/',
        pathNot: [
          ...ENTRY_POINTS,
          // Remaining, to be inverted in the renaming pass (issue #15.2):
          // http.ts composes the HTTP transport from GraphQL, auth, live and meeting routes; it should receive them
          // from app.ts as a list of plugins.
          '^server/src/platform/http\\.ts$',
          // The seed loaders are domain code (they create entities); they belong in a seeds module, which is a
          // file move deferred while other branches are open.
          '^server/src/platform/seed(-demo)?\\.ts$',
        ],
      },
      to: { path: ['^server/src/(modules|graphql|search|live)/', WIRING] },
    },
    {
      name: 'search-knows-no-graphql',
      comment: 'search/ is the engine layer: it answers with its own errors and types, the API maps them.',
      severity: 'error',
      from: { path: '^server/src/search/', pathNot: ENTRY_POINTS },
      to: { path: ['^server/src/(graphql|live)/', WIRING] },
    },
    {
      name: 'domain-does-not-import-dispatch',
      comment:
        'Domain modules may use graphql/ helpers but not the dispatch that imports every module (node loading, ' +
        'schema build): use ctx.loadNodes, or put the rule in the module.',
      severity: 'error',
      from: { path: '^server/src/modules/' },
      to: {
        path: ['^server/src/graphql/(schema|node\\.service|node\\.resolver|emit-schema|print-schema)\\.ts$', WIRING],
      },
    },
    {
      name: 'only-entry-points-import-the-wiring',
      comment: 'app.ts, model.ts and main.ts are the top: only entry points, tests and benchmarks import them.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: ENTRY_POINTS },
      to: { path: WIRING },
    },
    {
      name: 'server-does-not-import-tests-or-client',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { path: '^(server/test|client|bench|e2e)/' },
    },
    {
      name: 'client-does-not-import-server',
      comment: 'The client reaches the server only over GraphQL (its types come from the generated code).',
      severity: 'error',
      // A client test may pin a client list to the server's definition of it (method.test.ts: the evidence scales).
      from: { path: '^client/src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', '/generated/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
