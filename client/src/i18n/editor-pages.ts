import { namespace } from './index';
import { daEditor } from './editor-pages-da';

/** The editor, drafts, moderation and organisation-admin pages: loaded with those pages only. */
export const editorTexts = namespace('editing', daEditor, () => import('./editor-pages-en').then((m) => m.enEditor));
