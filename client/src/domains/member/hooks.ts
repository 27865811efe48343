import { createMutation, createQuery } from '@urql/solid';
import { MemberPageDoc, SignInDoc, SignOutDoc, ViewerDoc } from './graphql';
import { isSitePath } from '../../links';

export function createViewer() {
  return createQuery({ query: ViewerDoc });
}

export function createSignIn() {
  return createMutation(SignInDoc);
}

export function createSignOut() {
  return createMutation(SignOutDoc);
}

/**
 * After signing in or out, what a reader may see changes everywhere (members' content, drafts), so the app
 * starts afresh from the server rather than patching a cache that was filled as someone else.
 */
export function restartAt(path: string): void {
  window.location.assign(path);
}

/** Only same-site paths are followed after sign-in, never another site named in the link. */
export function safeNext(next: string | undefined): string {
  return next && isSitePath(next) ? next : '/';
}

export function createMemberPage(id: () => string, pause: () => boolean) {
  return createQuery({ query: MemberPageDoc, variables: () => ({ id: id() }), pause });
}
