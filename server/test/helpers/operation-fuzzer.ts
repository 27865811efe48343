import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { createRandom, type Random } from '../../../seeds/generate-random.js';

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** Strings an attacker or a broken client might send. */
const NASTY_STRINGS = [
  '',
  ' ',
  'a',
  "'; drop table member; --",
  '%',
  '_',
  '\\',
  '\u0000',
  '😀'.repeat(20),
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '//evil.example',
  '/\\evil.example',
  'javascript:alert(1)',
  '010203-1234',
  'x'.repeat(5_000),
  'Q2FzZTpub3QtYS11dWlk',
  Buffer.from('Method:00000000-0000-4000-8000-000000000000').toString('base64'),
  'not base64 at all!!',
  '2026-13-45T99:99:99Z',
  '2026-06-01T10:00:00.000Z',
  'https://example.org/x',
  'NaN',
  '-1',
];
const NASTY_INTS = [0, 1, -1, 2, 20, 99, 100, 101, 2_147_483_647, -2_147_483_648, 2026];
const NASTY_FLOATS = [0, -0.5, 1.5, 1e308, -1e308, 3.14];

/**
 * Builds random operations from a schema: random selections (aliases, inline fragments on abstract types, nested
 * lists) and random arguments, mostly well typed with hostile values, sometimes ill-typed or incomplete, passed
 * inline or as variables. Deterministic for a seed.
 */
export class OperationFuzzer {
  private readonly random: Random;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
    /** Real global IDs, so some arguments reach existing objects. */
    private readonly ids: readonly string[],
    /** Root fields never generated (e.g. ones that would end the fuzzing viewer's session). */
    private readonly skip: ReadonlySet<string> = new Set(),
  ) {
    this.random = createRandom(seed);
  }

  operation(kind: 'query' | 'mutation' | 'subscription'): FuzzOperation {
    const root =
      kind === 'query'
        ? this.schema.getQueryType()
        : kind === 'mutation'
          ? this.schema.getMutationType()
          : this.schema.getSubscriptionType();
    if (!root) throw new Error(`No ${kind} type`);
    const variables: Record<string, unknown> = {};
    const definitions: string[] = [];
    const fields = Object.values(root.getFields()).filter((field) => !this.skip.has(field.name));
    const count = kind === 'query' ? this.random.int(1, 3) : 1;
    const selections = Array.from({ length: count }, (_, i) =>
      this.field(this.random.pick(fields), 0, { variables, definitions, alias: count > 1 ? `r${i}` : undefined }),
    );
    const header = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
    return { query: `${kind}${header} { ${selections.join(' ')} }`, variables };
  }

  private field(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    state: { variables: Record<string, unknown>; definitions: string[]; alias?: string },
  ): string {
    const args = field.args
      .map((arg) => this.argument(arg, state))
      .filter((text): text is string => text !== undefined);
    const head = `${state.alias ? `${state.alias}: ` : ''}${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}`;
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) {
      // Now and then a selection on a leaf: validation must refuse it, not crash.
      return this.random.chance(0.01) ? `${head} { id }` : head;
    }
    return `${head} { ${this.selection(type, depth + 1, state)} }`;
  }

  private selection(
    type: GraphQLNamedType,
    depth: number,
    state: { variables: Record<string, unknown>; definitions: string[] },
  ): string {
    const parts: string[] = ['__typename'];
    if (this.random.chance(0.01)) parts.push('noSuchField');
    if (isAbstractType(type)) {
      for (const possible of this.random.sample(this.schema.getPossibleTypes(type), this.random.int(1, 3)))
        parts.push(`... on ${possible.name} { ${this.selection(possible, depth, state)} }`);
      if (isInterfaceType(type)) parts.push(...this.fieldsOf(type, depth, state));
      return parts.join(' ');
    }
    if (isObjectType(type)) parts.push(...this.fieldsOf(type, depth, state));
    return parts.join(' ');
  }

  private fieldsOf(
    type: GraphQLObjectType | GraphQLInterfaceType,
    depth: number,
    state: { variables: Record<string, unknown>; definitions: string[] },
  ): string[] {
    const all = Object.values(type.getFields());
    // Deeper levels ask for leaves only, so operations stay within the depth and cost limits most of the time.
    const candidates = depth >= 4 ? all.filter((f) => !isCompositeType(getNamedType(f.type))) : all;
    return this.random
      .sample(candidates, this.random.int(1, 4))
      .map((field, i) =>
        this.field(field, depth, { ...state, alias: this.random.chance(0.1) ? `a${depth}_${i}` : undefined }),
      );
  }

  private argument(
    arg: GraphQLArgument,
    state: { variables: Record<string, unknown>; definitions: string[] },
  ): string | undefined {
    const required = isNonNullType(arg.type);
    if (!required && this.random.chance(0.5)) return undefined;
    if (required && this.random.chance(0.02)) return undefined; // a missing required argument
    const value = this.value(arg.type, 0);
    if (this.random.chance(0.4)) {
      const name = `v${state.definitions.length}`;
      // Sometimes the declared type is wrong for the argument.
      const declared = this.random.chance(0.03) ? 'String' : String(arg.type);
      state.definitions.push(`$${name}: ${declared}`);
      state.variables[name] = value;
      return `${arg.name}: $${name}`;
    }
    return `${arg.name}: ${this.literal(value)}`;
  }

  /** A JSON value for an input type: mostly the right shape with hostile content, sometimes the wrong shape. */
  value(type: GraphQLInputType, depth: number): unknown {
    if (this.random.chance(0.03)) return this.random.pick([null, 42, 'oops', [1, 2], { a: 1 }, true]);
    const nullable = getNullableType(type);
    if (!isNonNullType(type) && this.random.chance(0.1)) return null;
    if (isListType(nullable)) {
      const length = this.random.pick([0, 1, 2, 3, 101]);
      return Array.from({ length: depth > 2 ? 0 : length }, () => this.value(nullable.ofType, depth + 1));
    }
    if (isInputObjectType(nullable)) {
      const result: Record<string, unknown> = {};
      for (const field of Object.values(nullable.getFields())) {
        if (isNonNullType(field.type) || this.random.chance(0.4))
          result[field.name] = this.value(field.type, depth + 1);
      }
      return result;
    }
    if (isEnumType(nullable)) {
      const values = nullable.getValues().map((v) => v.name);
      return this.random.chance(0.95) ? this.random.pick(values) : 'NOT_A_VALUE';
    }
    if (isScalarType(nullable)) {
      switch (nullable.name) {
        case 'Int':
          return this.random.pick(NASTY_INTS);
        case 'Float':
          return this.random.pick(NASTY_FLOATS);
        case 'Boolean':
          return this.random.chance(0.5);
        case 'ID':
          return this.random.chance(0.7) && this.ids.length > 0
            ? this.random.pick(this.ids)
            : this.random.pick(NASTY_STRINGS);
        default:
          return this.random.pick(NASTY_STRINGS);
      }
    }
    return null;
  }

  /** A JSON value as a GraphQL literal; upper-case strings are written bare, as enum values. */
  private literal(value: unknown): string {
    if (value === null || value === undefined) return 'null';
    if (Array.isArray(value)) return `[${value.map((item) => this.literal(item)).join(', ')}]`;
    if (typeof value === 'object')
      return `{ ${Object.entries(value)
        .map(([key, item]) => `${key}: ${this.literal(item)}`)
        .join(', ')} }`;
    if (typeof value === 'string' && /^[A-Z][A-Z0-9_]*$/.test(value)) return value; // enum values are bare
    if (typeof value === 'string') return print({ kind: Kind.STRING, value });
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'null';
  }
}
