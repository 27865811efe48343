import type { daEditorNav } from './editor-da';

export const enEditorNav: typeof daEditorNav = {
  editorNav: {
    edit: 'Edit',
    editLabel: (title: string) => ` “${title}”`,
    staff: 'Editorial',
    admin: 'Administration',
    newContent: 'New content',
    drafts: 'Drafts',
    moderation: 'Moderation',
    members: 'Members',
  },
};
