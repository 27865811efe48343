/* global module -- dependency-cruiser reads a CommonJS config */
/**
 * The import-boundary rule of docs/architecture.md ("Layers"), checked by `npm run lint:boundaries`
 * (dependency-cruiser). Lower layers never import higher ones:
 *
 *   platform/  <  search/  <  modules/  <  graphql/, live/  <  app.ts, model.ts, main.ts and the CLIs (wiring)
 *
 * (modules/ may use graphql/'s helpers — errors, IDs, connections, payloads, context — but not its dispatch.)
 * http.ts composes the HTTP transport from GraphQL, live and every module's routes, so it sits with the wiring.
 */
const WIRING = '^server/src/(app|model|main|http)\\.ts$';
/** Entry points: each wires the layers for one command, like app.ts does for the server. */
const ENTRY_POINTS = [
  '^server/src/(app|main|model|config|http)\\.ts$',
  // The seed loaders create content of every module, like a CLI does.
  '^server/src/seeding/',
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
        pathNot: ENTRY_POINTS,
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
      name: 'search-lists-no-domain-type',
      comment:
        'search/ dispatches over the search types the modules declare (search/documents/registry.ts): it imports ' +
        "no module's entities, registration or search declarations. A module says what search shows of its rows in " +
        'its <name>.search.ts (a source, or a feed for rows shown in others, as a rating in its method).',
      severity: 'error',
      from: { path: '^server/src/search/', pathNot: [...ENTRY_POINTS, '\\.test\\.ts$'] },
      to: { path: '^server/src/modules/.+\\.(entity|entities|module|search|resolver|commands|subscriber)\\.ts$' },
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
      name: 'only-dispatch-reads-the-module-list',
      comment:
        'modules/index.ts lists every module and modules/registry.ts derives the model, resolvers and node loaders ' +
        'from it: only the dispatchers read them. Domain code declares what it needs in its <domain>.module.ts ' +
        '(or uses ctx.loadNodes, contentTypes()).',
      severity: 'error',
      from: {
        path: '^server/src/',
        pathNot: [
          '^server/src/modules/(index|registry)(\\.test)?\\.ts$',
          // The dispatchers. Helpers that modules import (graphql/context.ts …) must not reach the list: the import
          // would run in a cycle through every module (hence graphql/create-context.ts apart from context.ts).
          '^server/src/graphql/(schema|node\\.service)\\.ts$',
          ...ENTRY_POINTS,
        ],
      },
      to: { path: '^server/src/modules/(index|registry)\\.ts$' },
    },
    {
      name: 'a-module-registration-is-listed-once',
      comment: 'A <domain>.module.ts is imported by modules/index.ts only: that is where a module is switched on.',
      severity: 'error',
      from: { pathNot: '^server/src/modules/index\\.ts$' },
      to: { path: '^server/src/modules/[^/]+/[^/]+\\.module\\.ts$' },
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
