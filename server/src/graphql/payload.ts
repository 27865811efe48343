import { Field, ObjectType, type ClassType } from 'type-graphql';
import type { ZodError } from 'zod';

@ObjectType({ description: 'A problem with the input of a mutation; nothing was changed.' })
export class UserError {
  @Field(() => String, {
    nullable: true,
    description: 'The input field at fault, as a dotted path (e.g. "input.title").',
  })
  field!: string | null;

  @Field(() => String, { description: 'What is wrong and how to fix it.' })
  message!: string;

  @Field(() => String, {
    description:
      'A stable code: INVALID, REQUIRED, TOO_LONG, UNSAFE_CONTENT, TAKEN, INVALID_CREDENTIALS, EXPIRED, NOT_FOUND, COMMON_PASSWORD, PERSONAL_DATA, PERSONAL_DATA_WARNING.',
  })
  code!: string;
}

/** Thrown by services for input problems; resolvers turn it into `userErrors` on the payload. */
export class UserInputProblem extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join(' '));
  }

  static of(field: string | null, message: string, code = 'INVALID'): UserInputProblem {
    return new UserInputProblem([{ field, message, code }]);
  }
}

export function userErrorsFromZod(error: ZodError, prefix = 'input'): UserError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
    code:
      issue.code === 'too_big'
        ? 'TOO_LONG'
        : issue.code === 'custom'
          ? String((issue.params as { code?: string } | undefined)?.code ?? 'INVALID')
          : 'INVALID',
  }));
}

/** Runs a mutation; input problems become `{ userErrors }` with the other payload fields null. */
export async function withUserErrors<T extends object>(
  run: () => Promise<T>,
): Promise<T & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputProblem) return { userErrors: error.errors } as T & { userErrors: UserError[] };
    throw error;
  }
}

/**
 * The payload type of an editing mutation: the changed node under its own field name (e.g. `method`) and the
 * `userErrors`. One definition, so every editing mutation answers in the same shape.
 */
export function payloadType<T extends object>(
  node: ClassType<T>,
  field: string,
  options: { name: string; description: string; fieldDescription: string },
) {
  @ObjectType(options.name, { description: options.description })
  class Payload {
    @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
    userErrors!: UserError[];
  }
  // The node's field is named per type, so it is declared by calling the decorator directly.
  Field(() => node, { nullable: true, description: options.fieldDescription })(Payload.prototype, field);
  return Payload;
}
