/**
 * Who is asking. Member accounts arrive with the members issue; until then every request is anonymous, and the
 * policy layer already decides everything from this one value.
 */
export type Viewer = { kind: 'anonymous' };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
