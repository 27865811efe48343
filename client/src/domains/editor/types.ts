import type { Client, OperationResult, TypedDocumentNode } from '@urql/core';
import type { UserErrorLike } from '../../components/userErrors';
import type { EvidenceRatingInput, SearchType } from '../../graphql/generated/graphql';
import { SCHEMES, TARGET_GROUPS, VISIBILITIES } from '../enums';
import type { LoadDrafts } from './drafts';
import type { DocumentNode } from 'graphql';
import type { FieldDescriptor } from './fields';

/*
 * What an editable type declares. Each type's form lives in its domain folder (`<domain>/editor.ts`, its documents
 * in `<domain>/editor.graphql.ts`) and is listed once in `registry.ts`; this file holds only what they share.
 */

export const GRADES = ['A', 'B', 'C', 'D'] as const;

/** What saving returned: the saved item (to go to its page) or the problems to show. */
export interface SaveOutcome {
  result: Pick<OperationResult, 'error'>;
  saved?: { id: string; slug: string } | null;
  userErrors?: readonly UserErrorLike[];
}

type Payload = { userErrors: UserErrorLike[] } & Record<string, unknown>;

/** Runs a type's create or update mutation and picks the saved item (under `key`) and the problems. */
export async function run<D, V extends object>(
  client: Client,
  doc: TypedDocumentNode<D, V>,
  variables: V,
  pick: (data: D) => Payload,
  key: string,
): Promise<SaveOutcome> {
  const result = await client.mutation(doc, variables).toPromise();
  const payload = result.data ? pick(result.data) : undefined;
  return {
    result,
    saved: payload?.[key] as SaveOutcome['saved'],
    userErrors: payload?.userErrors,
  };
}

/** One type's form: `I` is its mutation input (field names are checked against it), `T` its name in the client. */
export interface TypeConfig<I = Record<string, unknown>, T extends string = string> {
  /** Its name in paths (/edit/new/case) and texts (`type.case`). */
  type: T;
  /** Its GraphQL type, as the edited node's __typename says it. */
  typename: string;
  /**
   * The fragment its form reads (`fragment Edit<Typename> on <Typename>`, every field it edits): spread into the
   * one query for the edited node (edit-node.ts).
   */
  edit: DocumentNode;
  fields: readonly FieldDescriptor<keyof I & string>[];
  /** The field whose value names the item (for headings and confirmations). */
  titleField: keyof I & string;
  path: (slug: string) => string;
  /** Whether it has a draft/published state (topics do not). */
  publishable: boolean;
  /** Case texts are checked for likely personal data, which the writer may confirm is not. */
  personalDataWarning?: boolean;
  /** Its drafts page section: a publishable type has one (the plural as search names it, and its list). */
  drafts?: { plural: SearchType; load: LoadDrafts };
  save(client: Client, id: string | undefined, input: I): Promise<SaveOutcome>;
}

/** Fields several types share. */
export const visibility = {
  name: 'visibility',
  kind: 'enum',
  enum: 'visibility',
  values: VISIBILITIES,
  initial: 'PUBLIC',
} as const;
export const topics = { name: 'topics', kind: 'refs', options: 'topics' } as const;
export const targetGroups = {
  name: 'targetGroups',
  kind: 'enums',
  enum: 'targetGroup',
  values: TARGET_GROUPS,
} as const;
export const slug = { name: 'slug', kind: 'text' } as const;

/** An evidence rating is edited inside its method's page, with the same form. */
export const ratingFields: readonly FieldDescriptor<Extract<keyof EvidenceRatingInput, string>>[] = [
  { name: 'scheme', kind: 'enum', enum: 'scheme', values: SCHEMES, required: true },
  { name: 'value', kind: 'text', required: true, when: (v) => v.scheme !== 'VIDENSPORTAL' },
  { name: 'dimensions', kind: 'grades', enum: 'grade', values: GRADES, when: (v) => v.scheme === 'VIDENSPORTAL' },
  { name: 'ratedOn', kind: 'date', required: true },
  { name: 'source', kind: 'text', required: true, content: true },
  { name: 'url', kind: 'url' },
  { name: 'study', kind: 'ref', options: 'studies' },
  { name: 'note', kind: 'text', content: true },
];
