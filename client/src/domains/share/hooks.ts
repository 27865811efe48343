import { createMutation, createQuery } from '@urql/solid';
import { CreateShareLinkDoc, MyShareLinksDoc, RevokeShareLinkDoc, SharedItemDoc } from './graphql';

export function createCreateShareLink() {
  return createMutation(CreateShareLinkDoc);
}

export function createRevokeShareLink() {
  return createMutation(RevokeShareLinkDoc);
}

export function createMyShareLinks() {
  return createQuery({ query: MyShareLinksDoc, requestPolicy: 'cache-and-network' });
}

/** Always asked afresh: a link revoked a minute ago must not open from the cache. */
export function createSharedItem(secret: () => string) {
  return createQuery({ query: SharedItemDoc, variables: () => ({ secret: secret() }), requestPolicy: 'network-only' });
}
