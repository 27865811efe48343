import { createMutation, createQuery, useClient } from '@urql/solid';
import {
  AcceptInvitationDoc,
  AccountDoc,
  AccountSettingsDoc,
  ChangePasswordDoc,
  UpdateNotificationSettingsDoc,
  UpdateProfileDoc,
  CreateApiTokenDoc,
  DeleteMyAccountDoc,
  ExportMyDataDoc,
  RevokeApiTokenDoc,
  SignOutEverywhereDoc,
} from './graphql';

export const createAccount = () => createQuery({ query: AccountDoc, requestPolicy: 'cache-and-network' });
export const createAccountSettings = () =>
  createQuery({ query: AccountSettingsDoc, requestPolicy: 'cache-and-network' });
export const createUpdateProfile = () => createMutation(UpdateProfileDoc);
export const createChangePassword = () => createMutation(ChangePasswordDoc);
export const createUpdateNotificationSettings = () => createMutation(UpdateNotificationSettingsDoc);
export const createAcceptInvitation = () => createMutation(AcceptInvitationDoc);
export const createCreateApiToken = () => createMutation(CreateApiTokenDoc);
export const createRevokeApiToken = () => createMutation(RevokeApiTokenDoc);
export const createSignOutEverywhere = () => createMutation(SignOutEverywhereDoc);
export const createDeleteMyAccount = () => createMutation(DeleteMyAccountDoc);

/** The viewer's data export, fetched on demand and always from the server (it is never read from the cache). */
export function useExportMyData() {
  const client = useClient();
  return () => client.query(ExportMyDataDoc, {}, { requestPolicy: 'network-only' }).toPromise();
}

/** Offers JSON as a file download (the export of one's own data). */
export function downloadJson(data: unknown, filename: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
