/** Every URL the app links to, in one place, so routes and links cannot drift apart. */
export const paths = {
  home: () => '/',
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
  methods: () => '/methods',
  method: (slug: string) => `/methods/${slug}`,
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
  organisation: (slug: string) => `/organisations/${slug}`,
};
