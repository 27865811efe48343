import { createMutation, createQuery } from '@urql/solid';
import { EmailSettingsDoc, RequestPasswordResetDoc, ResetPasswordDoc, UpdateEmailSettingsDoc } from './graphql';

export const createRequestPasswordReset = () => createMutation(RequestPasswordResetDoc);
export const createResetPassword = () => createMutation(ResetPasswordDoc);
export const createEmailSettings = () => createQuery({ query: EmailSettingsDoc, requestPolicy: 'cache-and-network' });
export const createUpdateEmailSettings = () => createMutation(UpdateEmailSettingsDoc);
