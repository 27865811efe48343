import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type OperationTypeNode,
  type ParseOptions,
} from 'graphql';
import type { Config } from '../config.js';
import { AppError, documentLimitError } from './errors.js';
import { analyseOperation, type OperationMetrics } from './operation-analysis.js';
import { currentRequest } from '../platform/request-context.js';

/** The limits every operation meets before a resolver runs, whatever transport it came by. */
export interface OperationLimits {
  maxTokens: number;
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
  maxRootFields: number;
  maxStringLength: number;
}

export type LimitConfig = Pick<
  Config,
  | 'MAX_QUERY_TOKENS'
  | 'MAX_QUERY_DEPTH'
  | 'MAX_QUERY_COMPLEXITY'
  | 'MAX_ALIASES'
  | 'MAX_ROOT_FIELDS'
  | 'MAX_STRING_LENGTH'
>;

export function operationLimits(config: LimitConfig): OperationLimits {
  return {
    maxTokens: config.MAX_QUERY_TOKENS,
    maxDepth: config.MAX_QUERY_DEPTH,
    maxComplexity: config.MAX_QUERY_COMPLEXITY,
    maxAliases: config.MAX_ALIASES,
    maxRootFields: config.MAX_ROOT_FIELDS,
    maxStringLength: config.MAX_STRING_LENGTH,
  };
}

const tooComplex = (message: string, extra: Record<string, unknown>) =>
  new AppError(message, 'QUERY_TOO_COMPLEX', { ...extra, http: { status: 400 } });

interface TextFacts {
  longest: number;
  /** PostgreSQL text cannot hold U+0000; a NUL reaching SQL fails the statement. */
  nul: boolean;
}

/** Longest string and whether any holds a NUL, anywhere in a JSON value, walked without recursion. */
function textFacts(value: unknown, facts: TextFacts = { longest: 0, nul: false }): TextFacts {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      facts.longest = Math.max(facts.longest, item.length);
      facts.nul ||= item.includes('\u0000');
    } else if (item !== null && typeof item === 'object') for (const inner of Object.values(item)) stack.push(inner);
  }
  return facts;
}

/**
 * What depends on the document alone is worked out once per parsed document: Apollo keeps parsed and validated
 * documents, so the same DocumentNode comes back for every request with the same text. Keyed weakly: a document
 * Apollo drops from its cache takes its entries with it.
 */
const literalsOf = new WeakMap<DocumentNode, Readonly<TextFacts>>();
/** Analyses per operation and variables (page sizes change the cost); a few shapes per operation are kept. */
const analysesOf = new WeakMap<OperationDefinitionNode, Map<string, OperationMetrics>>();
const ANALYSES_PER_OPERATION = 32;
const MAX_KEY = 1024;

function literalFacts(document: DocumentNode): Readonly<TextFacts> {
  let facts = literalsOf.get(document);
  if (!facts) {
    const found: TextFacts = { longest: 0, nul: false };
    visit(document, {
      StringValue(node) {
        textFacts(node.value, found);
      },
    });
    facts = found;
    literalsOf.set(document, facts);
  }
  return facts;
}

function analysed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationMetrics {
  const key = JSON.stringify(variables);
  // Large variables (a mutation's texts) are not worth keeping: their operations are analysed each time.
  if (key.length > MAX_KEY) return analyseOperation({ schema, document, operation, variables });
  let byVariables = analysesOf.get(operation);
  if (!byVariables) analysesOf.set(operation, (byVariables = new Map<string, OperationMetrics>()));
  let metrics = byVariables.get(key);
  if (!metrics) {
    metrics = analyseOperation({ schema, document, operation, variables });
    if (byVariables.size >= ANALYSES_PER_OPERATION) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, metrics);
  }
  return metrics;
}

/**
 * One pipeline for every transport: parse with a token limit → graphql-js validation → string, depth, alias,
 * top-level-field and cost limits, all linear in the size of the request. HTTP runs it through Apollo (parse and
 * validation by Apollo with our parse options, the rest in `apolloPlugin`); the WebSocket calls `prepare`.
 */
export class OperationGuard {
  readonly parseOptions: ParseOptions;

  constructor(
    private readonly schema: GraphQLSchema,
    readonly limits: OperationLimits,
  ) {
    this.parseOptions = { maxTokens: limits.maxTokens };
  }

  /** Checks a parsed and validated operation; throws a coded AppError when it is over a limit. */
  check(props: {
    document: DocumentNode;
    operation: OperationDefinitionNode;
    variables: Record<string, unknown> | undefined;
  }): void {
    const { document, operation } = props;
    const { limits } = this;
    const text = textFacts(props.variables, { ...literalFacts(document) });
    if (text.longest > limits.maxStringLength) {
      throw new AppError(
        `A text value is too long (${text.longest} characters); the API accepts at most ${limits.maxStringLength}.`,
        'BAD_USER_INPUT',
        { http: { status: 400 } },
      );
    }
    if (text.nul) {
      throw new AppError(
        'A text value contains a NUL character (U+0000), which the API does not accept.',
        'BAD_USER_INPUT',
        {
          http: { status: 400 },
        },
      );
    }
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], props.variables ?? {}, {
      maxErrors: 1,
    });
    // Execution would refuse the same variables; refusing here means no limit is ever measured on a guess.
    if (coerced.errors) throw new AppError(coerced.errors[0]!.message, 'BAD_USER_INPUT', { http: { status: 400 } });
    const metrics = analysed(this.schema, document, operation, coerced.coerced);
    if (metrics.depth > limits.maxDepth) {
      throw tooComplex(
        `This query is ${metrics.depth} levels deep; the limit is ${limits.maxDepth}. Split it into several queries.`,
        { depth: metrics.depth, maxDepth: limits.maxDepth },
      );
    }
    if (metrics.aliases > limits.maxAliases) {
      throw tooComplex(
        `This operation has ${count(metrics.aliases)} aliases (fragments counted each time they are spread); the limit is ${limits.maxAliases}.`,
        { aliases: metrics.aliases, maxAliases: limits.maxAliases },
      );
    }
    if (metrics.rootFields > limits.maxRootFields) {
      throw tooComplex(
        `This operation asks for ${count(metrics.rootFields)} fields at its top level; the limit is ${limits.maxRootFields}. Send several operations.`,
        { rootFields: metrics.rootFields, maxRootFields: limits.maxRootFields },
      );
    }
    // The slow-operation log names what the operation was estimated to cost.
    const scope = currentRequest();
    if (scope) scope.cost = metrics.cost;
    if (metrics.cost > limits.maxComplexity) {
      throw tooComplex(
        `This query could cost ${count(metrics.cost)} points; the limit is ${limits.maxComplexity}. Ask for smaller pages (first/last), fewer nested lists or fewer aliases.`,
        { complexity: metrics.cost, maxComplexity: limits.maxComplexity },
      );
    }
  }

  /**
   * The whole pipeline for a transport that does not run Apollo (the WebSocket): the parsed operation, or the
   * errors to answer with. `allow` names the operation types the transport accepts.
   */
  prepare(props: {
    query: string;
    operationName?: string | null;
    variables?: Record<string, unknown> | null;
    allow: readonly OperationTypeNode[];
  }): { document: DocumentNode; operation: OperationDefinitionNode } | { errors: GraphQLError[] } {
    let document: DocumentNode;
    try {
      document = parse(props.query, this.parseOptions);
    } catch (error) {
      const limit = error instanceof GraphQLError ? documentLimitError(error) : undefined;
      if (limit) return { errors: [limit] };
      if (error instanceof GraphQLError)
        return { errors: [new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
      throw error;
    }
    const invalid = validate(this.schema, document, specifiedRules);
    if (invalid.length > 0)
      return {
        errors: invalid.map(
          (error) =>
            documentLimitError(error) ??
            new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
        ),
      };
    const operation = getOperationAST(document, props.operationName);
    if (!operation) return { errors: [new AppError('Name the operation to run (operationName).', 'BAD_USER_INPUT')] };
    const refused = wrongTransport(operation, props.allow);
    if (refused) return { errors: [refused] };
    try {
      this.check({ document, operation, variables: props.variables ?? undefined });
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
    return { document, operation };
  }

  /**
   * The same checks inside Apollo, once the operation is known (parse and validation already done). `allow` names
   * the operation types HTTP runs: subscriptions need the WebSocket (run over HTTP they would execute once with no
   * event and fail).
   */
  apolloPlugin(allow: readonly OperationTypeNode[]): ApolloServerPlugin {
    return {
      requestDidStart: () =>
        Promise.resolve({
          didResolveOperation: ({ document, operation, request }) => {
            // Apollo answers a document without a matching operation itself before this hook.
            if (!operation) return Promise.resolve();
            const refused = wrongTransport(operation, allow);
            if (refused) throw refused;
            this.check({ document, operation, variables: request.variables });
            return Promise.resolve();
          },
        }),
    };
  }
}

function wrongTransport(operation: OperationDefinitionNode, allow: readonly OperationTypeNode[]): AppError | undefined {
  if (allow.includes(operation.operation)) return undefined;
  const where =
    operation.operation === 'subscription'
      ? 'over the WebSocket (graphql-ws at /graphql)'
      : 'over HTTP (POST /graphql)';
  return new AppError(
    `Only ${allow.join(' and ')} operations are accepted here; send ${operation.operation} operations ${where}.`,
    'BAD_USER_INPUT',
    { http: { status: 400 } },
  );
}

/** Big counts (a fragment chain can reach 2^40) read as words rather than exponent notation. */
function count(value: number): string {
  return value >= 1e12 ? 'over a trillion' : Math.round(value).toLocaleString('en');
}
