/** Every URL the app links to, in one place, so routes and links cannot drift apart. */
export const paths = {
  home: () => '/',
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
  methods: () => '/methods',
  method: (slug: string) => `/methods/${slug}`,
  compareMethods: (slugs: readonly string[]) => `/methods/compare?ids=${slugs.map(encodeURIComponent).join(',')}`,
  methodSummary: (slug: string) => `/methods/${slug}/summary`,
  howWeRate: () => '/evidence/how-we-rate',
  cases: () => '/cases',
  case: (slug: string) => `/cases/${slug}`,
  study: (slug: string) => `/studies/${slug}`,
  talk: (slug: string) => `/talks/${slug}`,
  events: () => '/events',
  event: (slug: string) => `/events/${slug}`,
  workshop: (slug: string) => `/workshops/${slug}`,
  report: (slug: string) => `/reports/${slug}`,
  topics: () => '/topics',
  topic: (slug: string) => `/topics/${slug}`,
  organisations: () => '/organisations',
  member: (id: string) => `/members/${encodeURIComponent(id)}`,
  organisation: (slug: string) => `/organisations/${slug}`,
  thread: (id: string) => `/threads/${encodeURIComponent(id)}`,
  notifications: () => '/notifications',
  account: () => '/account',
  accountSettings: () => '/account/settings',
  privacy: () => '/privacy',
  invitation: (secret: string) => `/invitation/${encodeURIComponent(secret)}`,
  proposeCase: () => '/cases/new',
  myMeetings: () => '/my/meetings',
  digest: () => '/digest',
  shared: (secret: string) => `/shared/${encodeURIComponent(secret)}`,
  edit: (id: string) => `/edit/${encodeURIComponent(id)}`,
  newContent: (type?: string) => (type ? `/edit/new/${type}` : '/edit/new'),
  drafts: () => '/drafts',
  moderation: () => '/moderation',
  organisationMembers: () => '/organisation/members',
  forgotPassword: () => '/forgot-password',
  resetPassword: (secret: string) => `/reset-password/${encodeURIComponent(secret)}`,
  memberOrganisations: () => '/membership',
  membershipApply: () => '/membership/apply',
  membershipAdmin: () => '/admin/membership',
  gaps: () => '/gaps',
  signIn: (next?: string) => (next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
};

/**
 * A global ID from a route segment. IDs are base64 ('=' and perhaps '/'), so links encode them and the router
 * hands them back as written; a segment that is not valid encoding is taken as it is.
 */
export function idFromPath(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
