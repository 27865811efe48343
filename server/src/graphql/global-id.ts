import { fromGlobalId, toGlobalId } from 'graphql-relay';
import { BadUserInputError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Types whose ids are not uuids (a knowledge gap's is its kind and subject), with the shape their ids must have.
 * A module registers its type when it is loaded, so every mutation's ID check (mutation-ids.ts) accepts them.
 */
const ID_SHAPES = new Map<string, (id: string) => boolean>();

export function registerIdShape(type: string, valid: (id: string) => boolean): void {
  ID_SHAPES.set(type, valid);
}

/** The opaque ID integrators see: base64 of "Type:uuid", so one ID names one object across all types. */
export function encodeGlobalId(type: string, id: string): string {
  return toGlobalId(type, id);
}

/** A global ID that is malformed or names another type than the argument takes. */
export class GlobalIdError extends BadUserInputError {
  constructor(
    message: string,
    argument: string,
    readonly globalId: string,
  ) {
    super(message, argument);
  }
}

/** Decodes and checks a global ID; `expected` limits it to some types. Throws BAD_USER_INPUT with the reason. */
export function decodeGlobalId(
  globalId: string,
  expected?: readonly string[],
  argument = 'id',
): { type: string; id: string } {
  let decoded: { type: string; id: string };
  try {
    decoded = fromGlobalId(globalId);
  } catch {
    decoded = { type: '', id: '' };
  }
  const valid = ID_SHAPES.get(decoded.type) ?? ((id: string) => UUID.test(id));
  if (!decoded.type || !valid(decoded.id)) {
    throw new GlobalIdError(
      `"${truncate(globalId)}" is not a Vidensbro ID. Use the \`id\` of an object returned by this API.`,
      argument,
      globalId,
    );
  }
  if (expected && !expected.includes(decoded.type)) {
    throw new GlobalIdError(
      `Expected the ID of a ${expected.join(' or ')}, got the ID of a ${decoded.type}.`,
      argument,
      globalId,
    );
  }
  return decoded;
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
