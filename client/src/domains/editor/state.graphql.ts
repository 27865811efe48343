import { graphql } from '../../graphql/generated';

/**
 * Whether a content item is published: what the state banner on its page needs, and nothing more. node-state.ts
 * adds `publishedAt` on every publishable registered type.
 */
export const NodeStateBaseDoc = graphql(`
  query NodeState($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
