import type { Client } from '@urql/core';
import {
  Lexer,
  Source,
  TokenKind,
  buildSchema,
  getNamedType,
  isInputObjectType,
  isObjectType,
  print,
  validate,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../server/src/config';
import { analyseOperation } from '../../../../server/src/graphql/operation-analysis';
import { editFragment } from './compose';
import { EditNodeDoc } from './edit-node';
import { NodeStateDoc } from './node-state';
import { EDITABLE_TYPES, EDITORS } from './registry';
import type { TypeConfig } from './types';

/**
 * What a type registered in registry.ts must bring from its domain folder, checked against the checked-in schema
 * and the client's routes: the compiler checks each piece's shape, this checks that the pieces fit together.
 */
const schema = buildSchema(
  readFileSync(path.resolve(import.meta.dirname, '../../../../schema/schema.graphql'), 'utf8'),
);
const routes = [
  ...readFileSync(path.resolve(import.meta.dirname, '../../App.tsx'), 'utf8').matchAll(/<Route path="([^"]+)"/g),
]
  .map(([, route]) => route!)
  .filter((route) => !route.startsWith('*'));

/** The name in a variable's type (`CaseInput!` → CaseInput). */
const typeName = (type: TypeNode): string => (type.kind === 'NamedType' ? type.name.value : typeName(type.type));
const fieldsOf = (selectionSet: SelectionSetNode | undefined) =>
  (selectionSet?.selections ?? []).filter((s): s is FieldNode => s.kind === 'Field');
const responseNames = (selectionSet: SelectionSetNode | undefined) =>
  fieldsOf(selectionSet).map((field) => field.alias?.value ?? field.name.value);

/** One mutation the form sent: its document and variables. */
interface Sent {
  document: DocumentNode;
  variables: Record<string, unknown>;
}

/**
 * Saves through the type's `save` with an in-memory client that records the mutation and answers it as the API
 * would: the saved item under the payload field of the type's own GraphQL type, found through the schema.
 */
async function saveWith(editor: TypeConfig, id: string | undefined) {
  const sent: Sent[] = [];
  const client = {
    mutation: (document: DocumentNode, variables: Record<string, unknown>) => {
      sent.push({ document, variables });
      return { toPromise: () => Promise.resolve({ data: answer(editor.typename, document) }) };
    },
  } as unknown as Client;
  const outcome = await editor.save(client, id, { [editor.titleField]: 'Titel' });
  return { outcome, sent };
}

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  expect(operations).toHaveLength(1);
  return operations[0]!;
}

/** The API's answer to a create or update: `{ <root>: { <field of the saved type>: { id, slug }, userErrors: [] } }`. */
function answer(typename: string, document: DocumentNode) {
  const [root] = fieldsOf(operationOf(document).selectionSet);
  const payload = getNamedType(schema.getMutationType()!.getFields()[root!.name.value]!.type);
  if (!isObjectType(payload)) return {};
  const saved = fieldsOf(root!.selectionSet).find(
    (field) => getNamedType(payload.getFields()[field.name.value]!.type).name === typename,
  );
  if (!saved) return {};
  return {
    [root!.alias?.value ?? root!.name.value]: {
      [saved.alias?.value ?? saved.name.value]: { id: 'ID-1', slug: 'saved-slug' },
      userErrors: [],
    },
  };
}

describe('the registered editors', () => {
  it('name each type once, each a content type of the schema', () => {
    expect(new Set(EDITABLE_TYPES).size).toBe(EDITORS.length);
    expect(new Set(EDITORS.map((e) => e.typename)).size).toBe(EDITORS.length);
    for (const editor of EDITORS) {
      const type = schema.getType(editor.typename);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name), editor.typename).toContain('Node');
    }
  });

  it('ask for the edited node with one query the schema accepts, spreading every type’s fragment', () => {
    expect(validate(schema, EditNodeDoc)).toEqual([]);
    const [node] = fieldsOf(operationOf(EditNodeDoc).selectionSet);
    const spreads = node!.selectionSet!.selections.flatMap((s) => (s.kind === 'FragmentSpread' ? [s.name.value] : []));
    expect(spreads).toEqual(EDITORS.map((e) => editFragment(e.edit).name.value));
  });
});

describe('the composed node queries', () => {
  // The server's operation-analysis test measures every document the codegen compiled; these two are composed
  // here at run time, so they are measured here, as the client sends them, against the server's default limits.
  it.each([
    ['EditNode', EditNodeDoc],
    ['NodeState', NodeStateDoc],
  ] as const)('%s stays within the limits the server puts on every operation', (_, document) => {
    const limits = loadConfig({});
    const metrics = analyseOperation({ schema, document, operation: operationOf(document), variables: { id: 'x' } });
    const lexer = new Lexer(new Source(print(document)));
    let tokens = 0;
    while (lexer.advance().kind !== TokenKind.EOF) tokens++;
    expect(tokens).toBeLessThanOrEqual(limits.MAX_QUERY_TOKENS);
    expect(metrics.depth).toBeLessThanOrEqual(limits.MAX_QUERY_DEPTH);
    expect(metrics.aliases).toBeLessThanOrEqual(limits.MAX_ALIASES);
    expect(metrics.rootFields).toBeLessThanOrEqual(limits.MAX_ROOT_FIELDS);
    expect(metrics.cost).toBeLessThanOrEqual(limits.MAX_QUERY_COMPLEXITY);
  });
});

describe.each(EDITORS.map((editor) => [editor.type, editor] as const))('the %s editor', (_, editor) => {
  it('reads, for its own type, every field its form edits', () => {
    const fragment = editFragment(editor.edit);
    expect(fragment.typeCondition.name.value).toBe(editor.typename);
    const read = responseNames(fragment.selectionSet);
    const needed = [...editor.fields.map((f) => f.name), 'slug', ...(editor.publishable ? ['publishedAt'] : [])];
    expect(needed.filter((name) => !read.includes(name))).toEqual([]);
    expect(editor.fields.map((f) => f.name)).toContain(editor.titleField);
  });

  it('creates through a mutation that takes its fields and returns the saved item', async () => {
    const { outcome, sent } = await saveWith(editor, undefined);
    expect(sent).toHaveLength(1);
    const [{ document, variables }] = sent as [Sent];
    expect(validate(schema, document)).toEqual([]);
    const operation = operationOf(document);
    expect(operation.operation).toBe('mutation');
    expect(operation.variableDefinitions?.map((v) => v.variable.name.value)).toEqual(Object.keys(variables));
    // The form's field names are the input's: a field the input lacks would be refused by the API.
    const input = operation.variableDefinitions?.find((v) => v.variable.name.value === 'input');
    const inputType = input && schema.getType(typeName(input.type));
    expect(isInputObjectType(inputType)).toBe(true);
    if (isInputObjectType(inputType)) {
      const accepted = Object.keys(inputType.getFields());
      expect(editor.fields.map((f) => f.name).filter((name) => !accepted.includes(name))).toEqual([]);
    }
    expect(outcome.saved).toEqual({ id: 'ID-1', slug: 'saved-slug' });
    expect(outcome.userErrors).toEqual([]);
  });

  it('updates the item it is given through its own update mutation', async () => {
    const created = await saveWith(editor, undefined);
    const { outcome, sent } = await saveWith(editor, 'ID-1');
    const [{ document, variables }] = sent as [Sent];
    expect(validate(schema, document)).toEqual([]);
    expect(variables.id).toBe('ID-1');
    expect(operationOf(document).variableDefinitions?.map((v) => v.variable.name.value)).toEqual(
      Object.keys(variables),
    );
    const root = (doc: DocumentNode) => fieldsOf(operationOf(doc).selectionSet)[0]!.name.value;
    expect(root(document)).not.toBe(root(created.sent[0]!.document));
    expect(outcome.saved).toEqual({ id: 'ID-1', slug: 'saved-slug' });
  });

  it('links to a page the client routes', () => {
    const page = editor.path('a-slug');
    const routed = routes.some((route) => new RegExp(`^${route.replace(/:\w+/g, '[^/]+')}$`).test(page));
    expect(routed, page).toBe(true);
  });

  it('has a drafts list and a published state exactly when it can be published', () => {
    expect(Boolean(editor.drafts)).toBe(editor.publishable);
    expect(validate(schema, NodeStateDoc)).toEqual([]);
    const [node] = fieldsOf(operationOf(NodeStateDoc).selectionSet);
    const stated = node!.selectionSet!.selections.some(
      (s) =>
        s.kind === 'InlineFragment' &&
        s.typeCondition?.name.value === editor.typename &&
        responseNames(s.selectionSet).includes('publishedAt'),
    );
    expect(stated).toBe(editor.publishable);
  });
});
