/**
 * The client's page routes (client/src/App.tsx), as the server must know them to answer every client — browsers,
 * crawlers, link unfurlers, curl — with the app for a page and a 404 for anything else. A test compares this list
 * with App.tsx, so a route added there and forgotten here fails the build instead of answering 404 to crawlers.
 */
export const PAGE_ROUTES = [
  '/',
  '/search',
  '/methods',
  '/methods/:slug',
  '/cases',
  '/cases/new',
  '/cases/:slug',
  '/studies/:slug',
  '/talks/:slug',
  '/events',
  '/events/:slug',
  '/workshops/:slug',
  '/reports/:slug',
  '/topics',
  '/topics/:slug',
  '/organisations',
  '/organisations/:slug',
  '/threads/:id',
  '/members/:id',
  '/notifications',
  '/account',
  '/account/settings',
  '/invitation/:secret',
  '/privacy',
  '/my/meetings',
  '/digest',
  '/shared/:secret',
  '/edit/new',
  '/edit/new/:type',
  '/edit/:id',
  '/drafts',
  '/moderation',
  '/organisation/members',
  '/sign-in',
  '/forgot-password',
  '/reset-password/:secret',
  '/membership',
  '/membership/apply',
  '/admin/membership',
  '/gaps',
  '/methods/compare',
  '/methods/:slug/summary',
  '/evidence/how-we-rate',
] as const;

export type PageRoute = (typeof PAGE_ROUTES)[number];

export interface PageMatch {
  route: PageRoute;
  params: Record<string, string>;
}

const compiled = PAGE_ROUTES.map((route) => ({ route, segments: route.split('/').filter(Boolean) }));

/** Splits a request path into decoded segments; null for a path that is not valid percent-encoding. */
function segmentsOf(pathname: string): string[] | null {
  const parts = pathname.split('/').filter(Boolean);
  try {
    return parts.map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}

/**
 * The page route a path names, as the client's router would pick it: literal segments before parameters
 * (`/cases/new` is the proposal form, not a case called "new"), one parameter per segment. Null when no page has
 * this address.
 */
export function matchPage(pathname: string): PageMatch | null {
  const segments = segmentsOf(pathname.replace(/\/+$/, '') || '/');
  if (!segments) return null;
  let best: { match: PageMatch; literals: number } | null = null;
  for (const { route, segments: pattern } of compiled) {
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const fits = pattern.every((part, i) => {
      const actual = segments[i]!;
      if (part.startsWith(':')) {
        params[part.slice(1)] = actual;
        return actual.length > 0;
      }
      literals++;
      return part === actual;
    });
    if (fits && (!best || literals > best.literals)) best = { match: { route, params }, literals };
  }
  return best?.match ?? null;
}
