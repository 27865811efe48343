import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { BadUserInputError } from './errors.js';
import { decodeGlobalId, GlobalIdError } from './global-id.js';
import type { UserError } from './payload.js';

/** Every ID in a value of this input type, with the dotted path of the input field holding it. */
function* idsIn(type: GraphQLInputType, value: unknown, path: string): Generator<{ path: string; value: string }> {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (Array.isArray(value)) for (const item of value) yield* idsIn(inner.ofType, item, path);
  } else if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(inner.getFields()))
      yield* idsIn(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`);
  } else if (isScalarType(inner) && inner.name === 'ID' && typeof value === 'string') {
    yield { path, value };
  }
}

/**
 * What a refused mutation answers besides its userErrors: it did nothing, so its required flags are false and its
 * required lists empty (e.g. inviteMember's `emailed`); nullable fields stay null.
 */
function nothingDone(payload: GraphQLObjectType): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of Object.values(payload.getFields())) {
    if (!isNonNullType(field.type) || field.name === 'userErrors') continue;
    if (isListType(field.type.ofType)) values[field.name] = [];
    else if (getNamedType(field.type).name === 'Boolean') values[field.name] = false;
  }
  return values;
}

function idsOf(args: readonly GraphQLArgument[], values: Record<string, unknown>) {
  return args.flatMap((arg) => [...idsIn(arg.type, values[arg.name], arg.name)]);
}

/**
 * One answer for malformed global IDs in every mutation (docs/security.md, "Bad input"): a mutation with a payload
 * reports them as `userErrors` (code INVALID, `field` the dotted input path) before it does anything; a mutation
 * without a payload answers BAD_USER_INPUT. Every ID's shape is checked here, so no resolver can answer differently,
 * and an ID of the wrong type found later by the mutation's own `decodeGlobalId` is reported the same way.
 */
export function answerMalformedIds(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    const payload = getNamedType(field.type);
    const hasUserErrors = isObjectType(payload) && 'userErrors' in payload.getFields();
    const refuse = (problems: UserError[]) => {
      if (hasUserErrors) return { ...nothingDone(payload), userErrors: problems };
      throw new BadUserInputError(problems[0]!.message, problems[0]!.field ?? undefined);
    };
    field.resolve = async (source, args: Record<string, unknown>, context, info) => {
      const ids = idsOf(field.args, args);
      const problems: UserError[] = [];
      for (const id of ids) {
        try {
          decodeGlobalId(id.value);
        } catch (error) {
          if (!(error instanceof GlobalIdError)) throw error;
          problems.push({ field: id.path, message: error.message, code: 'INVALID' });
        }
      }
      if (problems.length > 0) return refuse(problems);
      try {
        return await resolve(source, args, context, info);
      } catch (error) {
        if (!(error instanceof GlobalIdError)) throw error;
        const at = ids.find((id) => id.value === error.globalId)?.path ?? error.extensions.argument;
        return refuse([{ field: typeof at === 'string' ? at : null, message: error.message, code: 'INVALID' }]);
      }
    };
  }
  return schema;
}
