import { graphql } from '../../graphql/generated';

/**
 * Editors' shared documents. They live in their own module so that readers' pages never load them. What each
 * type's form reads is its own fragment (`<domain>/editor.graphql.ts`), composed into one query in
 * edit-node.ts.
 */

/** Anything editable, by global ID: its type, to which edit-node.ts adds each registered type's fragment. */
export const EditNodeBaseDoc = graphql(`
  query EditNode($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`);

export const EditRatingFragmentDoc = graphql(`
  fragment EditRating on EvidenceRating {
    id
    scheme
    value
    ratedOn
    source
    url
    note
    strength
    study {
      id
      title
    }
    dimensions {
      targetGroup
      method
      implementation
      effect
      economy
    }
  }
`);
