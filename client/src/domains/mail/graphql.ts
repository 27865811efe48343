import { graphql } from '../../graphql/generated';

export const RequestPasswordResetDoc = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      accepted
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ResetPasswordDoc = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      reset
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const EmailSettingsDoc = graphql(`
  query EmailSettings {
    viewer {
      member {
        id
      }
      emailSettings {
        language
        digestFrequency
        notificationsByEmail
      }
    }
  }
`);

export const UpdateEmailSettingsDoc = graphql(`
  mutation UpdateEmailSettings($input: UpdateEmailSettingsInput!) {
    updateEmailSettings(input: $input) {
      emailSettings {
        language
        digestFrequency
        notificationsByEmail
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
