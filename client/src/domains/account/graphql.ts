import { graphql } from '../../graphql/generated';

export const AcceptInvitationDoc = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
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

export const AccountDoc = graphql(`
  query Account {
    viewer {
      role
      authenticatedWith
      member {
        id
        name
        email
        title
        organisation {
          id
          slug
          name
          kind
        }
      }
      apiTokens(first: 50) {
        nodes {
          id
          name
          prefix
          scopes
          createdAt
          lastUsedAt
          expiresAt
          revokedAt
        }
      }
    }
  }
`);

export const CreateApiTokenDoc = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
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

export const RevokeApiTokenDoc = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      token {
        id
        revokedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SignOutEverywhereDoc = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      endedSessions
    }
  }
`);

export const ExportMyDataDoc = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

export const DeleteMyAccountDoc = graphql(`
  mutation DeleteMyAccount($confirmEmail: String!) {
    deleteMyAccount(confirmEmail: $confirmEmail) {
      deleted
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** The member's own settings: what others see of them, and which notifications they get. */
export const AccountSettingsDoc = graphql(`
  query AccountSettings {
    viewer {
      authenticatedWith
      member {
        id
        name
        title
        isExample
      }
      notificationSettings {
        kind
        enabled
        optional
      }
    }
  }
`);

export const UpdateProfileDoc = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      member {
        id
        name
        title
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ChangePasswordDoc = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      changed
      endedSessions
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateNotificationSettingsDoc = graphql(`
  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      notificationSettings {
        kind
        enabled
        optional
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
