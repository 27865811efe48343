import { graphql } from '../../graphql/generated';

/** Who is signed in on this browser (null when nobody is). */
export const ViewerDoc = graphql(`
  query Viewer {
    viewer {
      role
      activeMembership
      member {
        id
        name
        isExample
        organisation {
          id
          slug
          name
        }
      }
    }
  }
`);

export const SignInDoc = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      member {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SignOutDoc = graphql(`
  mutation SignOut {
    signOut {
      endedSessions
    }
  }
`);

/** A member's own page (for members): who they are and where they speak from. */
export const MemberPageDoc = graphql(`
  query MemberPage($id: ID!) {
    node(id: $id) {
      ... on Member {
        id
        name
        isExample
        title
        organisation {
          id
          slug
          name
          kind
        }
      }
    }
  }
`);
