import type { SearchType } from '../../graphql/generated/graphql';
import { caseEditor } from '../case/editor';
import { eventEditor } from '../event/editor';
import { methodEditor } from '../method/editor';
import { reportEditor } from '../report/editor';
import { studyEditor } from '../study/editor';
import { talkEditor } from '../talk/editor';
import { topicEditor } from '../topic/editor';
import { workshopEditor } from '../workshop/editor';
import type { LoadDrafts } from './drafts';
import type { TypeConfig } from './types';

/**
 * Every type the client edits, in the order the "new content" chooser and the drafts page show them. A type
 * declares its form in its domain folder (`<domain>/editor.ts`); this list is the one line that switches it on.
 * Only code that editors load imports it (the lazy editor and drafts pages, and a content page's state banner,
 * which loads for editors and proposers), so readers never load the forms.
 */
export const EDITORS = [
  methodEditor,
  caseEditor,
  studyEditor,
  eventEditor,
  talkEditor,
  workshopEditor,
  reportEditor,
  topicEditor,
] as const;

export type EditableType = (typeof EDITORS)[number]['type'];

/** A registered type's form, as the editor pages use it (its `type` names texts such as `type.case`). */
export type EditorConfig = TypeConfig<Record<string, unknown>, EditableType>;

export const EDITABLE_TYPES: readonly EditableType[] = EDITORS.map((editor) => editor.type);

/**
 * Every type's form, keyed by type. The configs are typed against their own input (a field name that the input
 * lacks does not compile); the form itself works on the common shape.
 */
export const TYPES = Object.fromEntries(EDITORS.map((editor) => [editor.type, editor])) as Record<
  EditableType,
  EditorConfig
>;

export function typeOfTypename(typename: string): EditableType | undefined {
  return EDITORS.find((editor) => editor.typename === typename)?.type;
}

export function isEditableType(value: string | undefined): value is EditableType {
  return (EDITABLE_TYPES as readonly string[]).includes(value ?? '');
}

/** Every type that can be a draft, its name in the plural (as search says it) and its list of drafts. */
export const DRAFT_SECTIONS: [EditableType, SearchType, LoadDrafts][] = EDITORS.flatMap((editor) =>
  editor.drafts
    ? [[editor.type, editor.drafts.plural, editor.drafts.load] as [EditableType, SearchType, LoadDrafts]]
    : [],
);
