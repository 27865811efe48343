import { renderMail, type Language, type MailItem, type RenderedMail } from './layout.js';

const SIGNATURE = { da: 'Venlig hilsen Vidensbro', en: 'Best wishes, Vidensbro' } as const;
const AUTOMATIC = {
  da: 'Denne mail er sendt automatisk fra Vidensbro. Svar på den når ikke frem til nogen.',
  en: 'This email was sent automatically by Vidensbro. Replies reach no one.',
} as const;

const hello = (language: Language, name: string | null) =>
  language === 'da' ? (name ? `Hej ${name}` : 'Hej') : name ? `Hello ${name}` : 'Hello';

export function passwordResetMail(props: {
  language: Language;
  name: string;
  url: string;
  minutes: number;
}): RenderedMail {
  const { language, url, minutes } = props;
  const da = language === 'da';
  return renderMail({
    language,
    subject: da ? 'Nulstil din adgangskode til Vidensbro' : 'Reset your Vidensbro password',
    greeting: hello(language, props.name),
    paragraphs: da
      ? [
          'Nogen (forhåbentlig dig) har bedt om at nulstille adgangskoden til din konto på Vidensbro.',
          `Linket virker én gang og i ${minutes} minutter. Når du har valgt en ny adgangskode, bliver du logget ud alle andre steder.`,
          'Har du ikke bedt om det, kan du se bort fra denne mail: din adgangskode er ikke ændret.',
        ]
      : [
          'Someone (hopefully you) asked to reset the password of your Vidensbro account.',
          `The link works once and for ${minutes} minutes. Once you choose a new password, you are signed out everywhere else.`,
          'If you did not ask for this, ignore this email: your password has not changed.',
        ],
    action: { label: da ? 'Vælg ny adgangskode' : 'Choose a new password', url },
    footer: [SIGNATURE[language], AUTOMATIC[language]],
  });
}

const ROLE_NAMES: Record<string, { da: string; en: string }> = {
  MEMBER: { da: 'medlem', en: 'member' },
  EDITOR: { da: 'redaktør', en: 'editor' },
  ORG_ADMIN: { da: 'administrator for organisationen', en: 'organisation admin' },
  ADMIN: { da: 'platformsadministrator', en: 'platform admin' },
};

export function invitationMail(props: {
  language: Language;
  organisation: string;
  inviter: string | null;
  role: string;
  url: string;
  expiresAt: Date;
}): RenderedMail {
  const { language, organisation, inviter, url } = props;
  const da = language === 'da';
  const role = ROLE_NAMES[props.role]?.[language] ?? props.role;
  const until = props.expiresAt.toLocaleDateString(da ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  });
  const who = inviter ?? organisation;
  return renderMail({
    language,
    subject: da ? `Invitation til Vidensbro fra ${organisation}` : `Invitation to Vidensbro from ${organisation}`,
    greeting: hello(language, null),
    paragraphs: da
      ? [
          `${who} har inviteret dig til Vidensbro som ${role} i ${organisation}.`,
          'Vidensbro samler forskning og dokumenteret praksis for fagfolk, der arbejder med udsatte børn.',
          `Vælg dit navn og en adgangskode via linket. Invitationen gælder til og med ${until} og kan bruges én gang.`,
        ]
      : [
          `${who} invited you to Vidensbro as ${role} of ${organisation}.`,
          'Vidensbro gathers research and documented practice for people who work with vulnerable children.',
          `Choose your name and a password through the link. The invitation is valid until ${until} and works once.`,
        ],
    action: { label: da ? 'Tag imod invitationen' : 'Accept the invitation', url },
    footer: [SIGNATURE[language], AUTOMATIC[language]],
  });
}

const NOTIFICATION_LINES: Record<string, { da: (actor: string) => string; en: (actor: string) => string }> = {
  MENTION: { da: (a) => `${a} nævnte dig`, en: (a) => `${a} mentioned you` },
  REPLY: { da: (a) => `${a} svarede på din kommentar`, en: (a) => `${a} replied to your comment` },
  ANSWER: { da: () => 'Dit svar blev markeret som svaret', en: () => 'Your reply was marked as the answer' },
  NEW_COMMENT: { da: (a) => `${a} skrev en ny kommentar`, en: (a) => `${a} wrote a new comment` },
  WAITLIST_PROMOTED: {
    da: () => 'Du har fået en plads fra ventelisten',
    en: () => 'You have a seat from the waiting list',
  },
};

export function notificationMail(props: {
  language: Language;
  name: string;
  kind: string;
  actor: string;
  /** The thread or meeting the notification is about. */
  title: string;
  excerpt: string | null;
  url: string;
  settingsUrl: string;
  unsubscribeUrl: string;
}): RenderedMail {
  const { language, title, url } = props;
  const da = language === 'da';
  const line = NOTIFICATION_LINES[props.kind] ?? NOTIFICATION_LINES.NEW_COMMENT!;
  const what = line[language](props.actor);
  return renderMail({
    language,
    subject: `${what}: ${title}`,
    greeting: hello(language, props.name),
    paragraphs: [
      da ? `${what} i «${title}».` : `${what} in “${title}”.`,
      ...(props.excerpt ? [`«${props.excerpt}»`] : []),
    ],
    action: { label: da ? 'Se det på Vidensbro' : 'See it on Vidensbro', url },
    footer: [
      da
        ? 'Du får denne mail, fordi du har slået notifikationer på mail til.'
        : 'You get this email because email notifications are on.',
      da ? `Indstillinger: ${props.settingsUrl}` : `Settings: ${props.settingsUrl}`,
      da ? `Stop notifikationer på mail: ${props.unsubscribeUrl}` : `Stop email notifications: ${props.unsubscribeUrl}`,
    ],
  });
}

export interface DigestSection {
  key: 'methods' | 'evidenceRatings' | 'workshopOutputs' | 'threads';
  items: MailItem[];
}

const SECTION_TITLES: Record<DigestSection['key'], { da: string; en: string }> = {
  methods: { da: 'Nye og ændrede metoder', en: 'New and changed methods' },
  evidenceRatings: { da: 'Nye evidensvurderinger', en: 'New evidence ratings' },
  workshopOutputs: { da: 'Nyt fra workshops', en: 'New from workshops' },
  threads: { da: 'Aktive drøftelser', en: 'Active discussions' },
};

export function digestMail(props: {
  language: Language;
  name: string;
  frequency: 'DAILY' | 'WEEKLY';
  topics: string[];
  sections: DigestSection[];
  digestUrl: string;
  settingsUrl: string;
  unsubscribeUrl: string;
}): RenderedMail {
  const { language, frequency } = props;
  const da = language === 'da';
  const period = da
    ? frequency === 'DAILY'
      ? 'det seneste døgn'
      : 'den seneste uge'
    : frequency === 'DAILY'
      ? 'the last day'
      : 'the last week';
  const topics = props.topics.length
    ? da
      ? `Udvalgt efter de emner, du følger (${props.topics.join(', ')}), din organisation og din rolle.`
      : `Chosen by the topics you follow (${props.topics.join(', ')}), your organisation and your role.`
    : da
      ? 'Udvalgt efter din organisation og din rolle. Følg emner for at få et mere målrettet overblik.'
      : 'Chosen by your organisation and your role. Follow topics for a more focused digest.';
  return renderMail({
    language,
    subject: da ? `Nyt på Vidensbro ${period}` : `New on Vidensbro in ${period}`,
    greeting: hello(language, props.name),
    paragraphs: [
      da ? `Her er, hvad der er nyt for dig ${period}.` : `Here is what is new for you in ${period}.`,
      topics,
    ],
    sections: props.sections.map((s) => ({ title: SECTION_TITLES[s.key][language], items: s.items })),
    action: { label: da ? 'Se hele overblikket' : 'See the whole digest', url: props.digestUrl },
    footer: [
      da
        ? `Du får denne mail, fordi du har valgt et ${frequency === 'DAILY' ? 'dagligt' : 'ugentligt'} overblik.`
        : `You get this email because you chose a ${frequency === 'DAILY' ? 'daily' : 'weekly'} digest.`,
      da ? `Indstillinger: ${props.settingsUrl}` : `Settings: ${props.settingsUrl}`,
      da
        ? `Afmeld overblikket med ét klik: ${props.unsubscribeUrl}`
        : `Unsubscribe in one click: ${props.unsubscribeUrl}`,
    ],
  });
}
