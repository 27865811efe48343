import { daEditor } from './editor-pages-da';
import { enEditor } from './editor-pages-en';
import { useI18n } from './index';

/** The editor and administration texts in the interface language (loaded with those pages, not with every page). */
export function useEditorText() {
  const { locale } = useI18n();
  return () => (locale() === 'da' ? daEditor : enEditor);
}

export type EditorText = typeof daEditor;
