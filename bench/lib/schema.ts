/**
 * (d) Schema execution alone: the nested list executed by graphql-js over in-memory data, no HTTP and no
 * database, on Vidensbro's schema (type-graphql, with the read path's resolvers reading the compiled JSON shape)
 * and on a plain graphql-js schema of the same SDL with default resolvers over the same data in plain form.
 */
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  execute,
  GraphQLObjectType,
  GraphQLSchema,
  parse,
  printSchema,
  type ExecutionArgs,
  type GraphQLFieldConfig,
} from 'graphql';
import { generateContent } from '../../seeds/generate-content.js';
import { encodeGlobalId } from '../../server/src/graphql/global-id.js';
import { getSchema } from '../../server/src/graphql/schema.js';
import { median } from './load.js';
import { NESTED_LIST } from './read.js';

const EVIDENCE = ['NOT_RATED', 'INSUFFICIENT', 'MODERATE', 'CONCERNING'];

/** 50 cases from the generator, each in two shapes: the compiler's JSON and plain field-named objects. */
function data(first: number) {
  const content = generateContent({ cases: first, seed: 5 });
  const ids = new Map<string, string>();
  const id = (slug: string) => ids.get(slug) ?? ids.set(slug, randomUUID()).get(slug)!;
  const orgs = new Map(content.organisations.map((o) => [o.slug, o]));
  const methods = new Map(content.methods.map((m, i) => [m.slug, { m, strength: EVIDENCE[i % EVIDENCE.length]! }]));
  const topics = new Map(content.topics.map((t) => [t.slug, t]));
  const compiled = [];
  const plain = [];
  for (const c of content.cases.slice(0, first)) {
    const org = orgs.get(c.organisation)!;
    const ms = c.methods.slice(0, 10).map((slug) => methods.get(slug)!);
    const ts = c.topics.slice(0, 10).map((slug) => topics.get(slug)!);
    const uuid = id(c.slug);
    const base = { title: c.title, summary: c.summary, year: c.year };
    compiled.push({
      '@t': 'Case',
      nodeId: encodeGlobalId('Case', uuid),
      ...base,
      '@organisation': { '@t': 'Organisation', name: org.name, kind: org.kind },
      '@methods': {
        nodes: ms.map(({ m, strength }) => ({
          '@t': 'Method',
          name: m.name,
          evidenceStrength: strength,
        })),
      },
      '@topics': { nodes: ts.map((t) => ({ '@t': 'Topic', nameDa: t.nameDa })) },
    });
    plain.push({
      id: encodeGlobalId('Case', uuid),
      ...base,
      organisation: { name: org.name, kind: org.kind },
      methods: { nodes: ms.map(({ m, strength }) => ({ name: m.name, evidenceStrength: strength })) },
      topics: { nodes: ts.map((t) => ({ nameDa: t.nameDa })) },
    });
  }
  return { compiled, plain };
}

/** The same schema with `Query.cases` answering from memory (every other type and resolver unchanged). */
function withCases(schema: GraphQLSchema, nodes: object[]): GraphQLSchema {
  const config = schema.toConfig();
  const query = schema.getQueryType()!.toConfig();
  const cases = query.fields.cases as GraphQLFieldConfig<unknown, unknown>;
  return new GraphQLSchema({
    ...config,
    query: new GraphQLObjectType({
      ...query,
      fields: { ...query.fields, cases: { ...cases, resolve: () => ({ nodes }) } },
    }),
    types: config.types.filter((type) => type.name !== query.name),
  });
}

async function opsPerSecond(args: ExecutionArgs, seconds: number): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let ops = 0;
  const start = performance.now();
  while (performance.now() < deadline) {
    for (let i = 0; i < 20; i++) {
      const result = await execute(args);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }
    ops += 20;
  }
  return ops / ((performance.now() - start) / 1000);
}

export async function compareSchemas(props: { seconds: number; rounds: number; first?: number }) {
  const first = props.first ?? 50;
  const { compiled, plain } = data(first);
  const ours = withCases(await getSchema(), compiled);
  const plainSchema = buildSchema(printSchema(ours));
  const document = parse(NESTED_LIST);
  const variableValues = { first };
  const oursArgs: ExecutionArgs = { schema: ours, document, variableValues, contextValue: {} };
  const plainArgs: ExecutionArgs = {
    schema: plainSchema,
    document,
    variableValues,
    rootValue: { cases: { nodes: plain } },
  };
  const a = await execute(oursArgs);
  const b = await execute(plainArgs);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('(d): the two schemas answer differently');
  await opsPerSecond(oursArgs, 1);
  await opsPerSecond(plainArgs, 1);
  const rounds = { ours: [] as number[], plain: [] as number[] };
  for (let round = 0; round < props.rounds; round++) {
    const order = round % 2 === 0 ? (['ours', 'plain'] as const) : (['plain', 'ours'] as const);
    for (const which of order)
      rounds[which].push(await opsPerSecond(which === 'ours' ? oursArgs : plainArgs, props.seconds / 2));
  }
  return { ours: median(rounds.ours), plain: median(rounds.plain), rounds: props.rounds };
}
