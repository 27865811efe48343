// PostGraphile 4 as its documentation recommends for production: no query log, no schema watching, no GraphiQL.
// Requests carrying `x-bench-role: member` read as bench_member, all others as bench_anon (row-level security).
import http from 'node:http';
import process from 'node:process';
import { postgraphile } from 'postgraphile';

const handler = postgraphile(process.env.DATABASE_URL, 'public', {
  graphqlRoute: '/graphql',
  disableQueryLog: true,
  watchPg: false,
  graphiql: false,
  retryOnInitFail: false,
  ignoreRBAC: false,
  disableDefaultMutations: true,
  pgSettings: (req) => ({ role: req.headers['x-bench-role'] === 'member' ? 'bench_member' : 'bench_anon' }),
});
const server = http.createServer((req, res) => void handler(req, res));
server.keepAliveTimeout = 30_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
