import { readFileSync } from 'node:fs';
import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  isListType,
  parse,
  print,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { analyseOperation } from './operation-analysis.js';
import { getSchema } from './schema.js';

type Schema = Awaited<ReturnType<typeof getSchema>>;
let schema: Schema;
beforeAll(async () => {
  schema = await getSchema();
});

function analyse(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  expect(validate(schema, document, specifiedRules)).toEqual([]);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return analyseOperation({ schema, document, operation, variables });
}

/** Every operation the client sends, each with the fragments it spreads, as the client prints it. */
function clientOperations(): { name: string; text: string }[] {
  const source = readFileSync(new URL('../../../client/src/graphql/generated/gql.ts', import.meta.url), 'utf8');
  const block = /type Documents = \{([\s\S]*?)\n\};/.exec(source)![1]!;
  const documents = [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"):/gm)].map((match) => JSON.parse(match[1]!) as string);
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const text of documents)
    for (const definition of parse(text).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
    }
  return operations.map((operation) => {
    const needed = new Set<string>();
    const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
    while (pending.length > 0)
      visit(pending.pop()!, {
        FragmentSpread(node) {
          if (needed.has(node.name.value)) return;
          needed.add(node.name.value);
          pending.push(fragments.get(node.name.value)!);
        },
      });
    const text = [operation, ...[...needed].map((name) => fragments.get(name)!)].map((d) => print(d)).join('\n');
    return { name: operation.name?.value ?? '(anonymous)', text };
  });
}

function tokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

describe('analyseOperation', () => {
  it('costs pages by their size and counts nested pages multiplicatively', () => {
    expect(analyse('{ cases(first: 10) { nodes { title } } }')).toMatchObject({ cost: 10 * (2 + 1), depth: 3 });
    // 20 items when no size is given; the variables' values count.
    expect(analyse('{ cases { totalCount } }').cost).toBe(20 * 2);
    expect(analyse('query($n: Int) { cases(first: $n) { totalCount } }', { n: 7 }).cost).toBe(7 * 2);
    expect(analyse('{ cases(first: 100) { nodes { methods(first: 100) { totalCount } } } }').cost).toBe(
      100 * (1 + 100 * 2 + 1) + 0,
    );
  });

  it('counts every alias and every spread of a fragment', () => {
    const one = analyse('{ a: cases(first: 100) { totalCount } }');
    const many = analyse(
      `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: cases(first: 100) { totalCount }`).join(' ')} }`,
    );
    expect(many.cost).toBe(50 * one.cost);
    expect(many).toMatchObject({ aliases: 50, rootFields: 50 });
    const spread = analyse('{ ...Q ...Q ...Q } fragment Q on Query { x: cases(first: 100) { totalCount } }');
    expect(spread).toMatchObject({ cost: 3 * one.cost, aliases: 3, rootFields: 3 });
  });

  it('measures a fragment chain of 2^60 selections in linear time', () => {
    let text = '{ ...F0 }\n';
    for (let i = 0; i < 60; i++) text += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
    text += 'fragment F60 on Query { a: cases(first: 1) { totalCount } }';
    const started = performance.now();
    const metrics = analyse(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(metrics.aliases).toBe(2 ** 60);
    expect(metrics.cost).toBe(2 ** 60 * 2);
  });

  it('takes the costliest possible type of an interface or union, not their sum', () => {
    const query = `{ nodes(ids: ["a"]) { ... on Case { methods(first: 100) { totalCount } } ... on Method { cases(first: 10) { totalCount } } } }`;
    expect(analyse(query).cost).toBe(1 * (100 * 2 + 1));
  });

  it('costs plain lists of objects and list arguments by their length', () => {
    const ids = Array.from({ length: 30 }, (_, i) => String(i));
    expect(analyse('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }).cost).toBe(30 * 2);
    expect(analyse('{ digest { methods { name topics { totalCount } } } }').cost).toBe(1 * (20 * (1 + 20 * 2 + 1) + 1));
    // Items with nothing but their own scalars are already in memory.
    expect(analyse('{ digest { methods { name } } }').cost).toBe(1 * (1 * 2 + 1));
  });

  it('skips what @skip and @include leave out', () => {
    expect(
      analyse('query($no: Boolean!) { cases(first: 100) @include(if: $no) { totalCount } }', { no: false }).cost,
    ).toBe(0);
    expect(analyse('{ cases(first: 100) @skip(if: true) { totalCount } viewer { role } }').cost).toBe(2);
  });

  it('keeps every operation of the client within the default limits', () => {
    const limits = loadConfig({});
    const operations = clientOperations();
    expect(operations.length).toBeGreaterThan(50);
    for (const { name, text } of operations) {
      const document = parse(text);
      const operation = document.definitions[0] as OperationDefinitionNode;
      // The worst case the client can send: every page at 100 items, every list of ids at 100.
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const type = typeFromAST(schema, definition.type as never);
        if (!type) continue;
        if (isListType(type) || isListType((type as { ofType?: unknown }).ofType))
          variables[definition.variable.name.value] = Array.from({ length: 100 }, () => 'x');
        else if (getNamedType(type).name === 'Int') variables[definition.variable.name.value] = 100;
      }
      const metrics = analyseOperation({ schema, document, operation, variables });
      const measured = { name, tokens: tokens(text), ...metrics };
      if (process.env.SHOW_COSTS) console.log(JSON.stringify(measured));
      expect(measured.tokens, name).toBeLessThanOrEqual(limits.MAX_QUERY_TOKENS);
      expect(measured.depth, name).toBeLessThanOrEqual(limits.MAX_QUERY_DEPTH);
      expect(measured.aliases, name).toBeLessThanOrEqual(limits.MAX_ALIASES);
      expect(measured.rootFields, name).toBeLessThanOrEqual(limits.MAX_ROOT_FIELDS);
      expect(measured.cost, name).toBeLessThanOrEqual(limits.MAX_QUERY_COMPLEXITY);
    }
  });
});
