/** The few editor and administrator words every page needs (menu, "Redigér" link); the rest loads with the editor. */
export const daEditorNav = {
  editorNav: {
    edit: 'Redigér',
    editLabel: (title: string) => ` »${title}«`,
    staff: 'Redaktion',
    admin: 'Administration',
    newContent: 'Nyt indhold',
    drafts: 'Kladder',
    moderation: 'Moderation',
    members: 'Medlemmer',
  },
};
