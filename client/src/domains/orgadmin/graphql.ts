import { graphql } from '../../graphql/generated';

/** The admin's own organisation and its active people (emails are visible to the organisation's admins). */
export const OrganisationMembersDoc = graphql(`
  query OrganisationMembers {
    viewer {
      role
      member {
        id
        organisation {
          id
          name
          members(first: 100) {
            totalCount
            nodes {
              id
              name
              email
              role
              title
            }
          }
        }
      }
    }
  }
`);

export const InviteMemberDoc = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitationSecret
      expiresAt
      emailed
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RemoveMemberDoc = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id) {
      member {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const DeleteMemberDoc = graphql(`
  mutation DeleteMember($id: ID!) {
    deleteMember(id: $id) {
      deleted
      userErrors {
        field
        message
        code
      }
    }
  }
`);
