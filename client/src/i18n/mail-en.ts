import type { daMail } from './mail-da';

/** Email in English: forgotten password, email settings, invitations sent by email. */
export const enMail: typeof daMail = {
  forgot: {
    link: 'Forgot your password?',
    title: 'Forgotten password',
    intro:
      'Enter the email you sign in with. If it belongs to an account, we send a link where you can choose a new password.',
    submit: 'Send link',
    sent: (email: string) =>
      `If ${email} belongs to a Vidensbro account, an email with a link is on its way. The link works for an hour. Check your spam folder too.`,
    back: 'Back to sign in',
  },
  reset: {
    title: 'Choose a new password',
    intro:
      'Choose a new password for your account. Afterwards you are signed out everywhere and sign in with the new one.',
    password: 'New password',
    hint: 'At least 10 characters. A few unrelated words make a strong password.',
    submit: 'Save new password',
    done: 'Your password has been changed. Sign in with the new one.',
    expired: 'This link no longer works: it was used or has expired. Ask for a new one.',
    again: 'Ask for a new link',
    signIn: 'Sign in',
  },
  settings: {
    title: 'Emails',
    intro: 'Choose what Vidensbro emails you, and in which language.',
    language: 'Language of emails',
    da: 'Danish',
    en: 'English',
    digest: 'Digest of what is new for you',
    DAILY: 'Daily',
    WEEKLY: 'Weekly',
    NEVER: 'Never',
    notifications: 'Also email me my notifications',
    save: 'Save email settings',
    saved: 'Your email settings are saved.',
  },
  invite: {
    intro: 'We email an invitation. You also get the link to send yourself. It works once and expires.',
    emailed: (email: string, until: string) =>
      `The invitation was emailed to ${email}. You can also copy the link and send it yourself. It is shown only now and works until ${until}.`,
  },
};
