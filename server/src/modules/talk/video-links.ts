/**
 * Links to talk videos on the video hosts editors may use: YouTube, Vimeo, and the hosts Danish municipalities
 * publish on (TwentyThree, Dreambroker, Kaltura). A link is accepted only when we can read the video's id from it
 * and build the host's embed address ourselves; the page embeds only that address, on the privacy-friendly host
 * variant (youtube-nocookie, Vimeo's dnt=1), behind a click-to-load facade. The CSP's frame-src lists exactly
 * FRAME_HOSTS, so a link cannot make the page frame anything else.
 */

export type VideoProvider = 'YOUTUBE' | 'VIMEO' | 'TWENTYTHREE' | 'DREAMBROKER' | 'KALTURA';

export interface VideoLink {
  provider: VideoProvider;
  /** The address the facade loads into an iframe after the click. */
  embedUrl: string;
}

/** The origins the talk page may frame (CSP frame-src). */
export const FRAME_HOSTS = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://*.23video.com',
  'https://dreambroker.com',
  'https://cdnapisec.kaltura.com',
] as const;

export const PROVIDER_NAMES: Record<VideoProvider, string> = {
  YOUTUBE: 'YouTube',
  VIMEO: 'Vimeo',
  TWENTYTHREE: 'TwentyThree',
  DREAMBROKER: 'Dreambroker',
  KALTURA: 'Kaltura',
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const DIGITS = /^\d{1,20}$/;
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
/** A TwentyThree account's own subdomain of 23video.com (custom domains cannot be told from any other site). */
const TWENTYTHREE_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.23video\.com$/;

function youtube(url: URL, parts: string[]): VideoLink | null {
  let id: string | null = null;
  if (url.hostname === 'youtu.be') id = parts[0] ?? null;
  else if (parts[0] === 'watch') id = url.searchParams.get('v');
  else if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1] ?? null;
  if (!id || !YOUTUBE_ID.test(id)) return null;
  const start = Number.parseInt(url.searchParams.get('t') ?? url.searchParams.get('start') ?? '', 10);
  const query = Number.isFinite(start) && start > 0 ? `?start=${start}` : '';
  return { provider: 'YOUTUBE', embedUrl: `https://www.youtube-nocookie.com/embed/${id}${query}` };
}

function vimeo(url: URL, parts: string[]): VideoLink | null {
  // vimeo.com/123, vimeo.com/123/abcdef (unlisted), vimeo.com/channels/x/123, player.vimeo.com/video/123?h=abcdef
  const index =
    url.hostname === 'player.vimeo.com' ? (parts[0] === 'video' ? 1 : -1) : parts.findIndex((p) => DIGITS.test(p));
  const id = index >= 0 ? parts[index] : undefined;
  if (!id || !DIGITS.test(id)) return null;
  const hash = url.searchParams.get('h') ?? (url.hostname === 'player.vimeo.com' ? null : (parts[index + 1] ?? null));
  const query = new URLSearchParams({ dnt: '1' });
  if (hash && /^[0-9a-f]{6,32}$/.test(hash)) query.set('h', hash);
  return { provider: 'VIMEO', embedUrl: `https://player.vimeo.com/video/${id}?${query.toString()}` };
}

function twentythree(url: URL, parts: string[]): VideoLink | null {
  // <account>.23video.com/video/<id>/<title> or its embed player, …/v.ihtml/player.html?photo_id=<id>
  const id = parts[0] === 'video' ? parts[1] : (url.searchParams.get('photo_id') ?? undefined);
  if (!id || !DIGITS.test(id)) return null;
  const query = new URLSearchParams({ source: 'embed', photo_id: id });
  return { provider: 'TWENTYTHREE', embedUrl: `https://${url.hostname}/v.ihtml/player.html?${query.toString()}` };
}

function dreambroker(parts: string[]): VideoLink | null {
  // dreambroker.com/channel/<channel>/<video> or …/channel/<channel>/iframe/<video>
  if (parts[0] !== 'channel') return null;
  const channel = parts[1];
  const video = parts[2] === 'iframe' ? parts[3] : parts[2];
  if (!channel || !video || !TOKEN.test(channel) || !TOKEN.test(video)) return null;
  return { provider: 'DREAMBROKER', embedUrl: `https://dreambroker.com/channel/${channel}/iframe/${video}` };
}

function kaltura(url: URL, parts: string[]): VideoLink | null {
  // Kaltura's share and embed links carry partner_id, uiconf_id and entry_id as path pairs or query parameters.
  const value = (key: string) => {
    const index = parts.indexOf(key);
    return (index >= 0 ? parts[index + 1] : undefined) ?? url.searchParams.get(key) ?? undefined;
  };
  const partner = value('partner_id') ?? (parts[0] === 'p' ? parts[1] : undefined);
  const uiconf = value('uiconf_id');
  const entry = value('entry_id');
  if (!partner || !uiconf || !entry || !DIGITS.test(partner) || !DIGITS.test(uiconf) || !TOKEN.test(entry)) return null;
  const query = new URLSearchParams({ iframeembed: 'true', entry_id: entry });
  return {
    provider: 'KALTURA',
    embedUrl: `https://cdnapisec.kaltura.com/p/${partner}/sp/${partner}00/embedIframeJs/uiconf_id/${uiconf}/partner_id/${partner}?${query.toString()}`,
  };
}

/** The provider and embed address of a link to a video host, or null when it is not one we can embed. */
export function parseVideoLink(input: string): VideoLink | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || (url.port && url.port !== '443' && url.port !== '80')) return null;
  const host = url.hostname.toLowerCase();
  // Left percent-encoded: every id we read must match a plain pattern, so an encoded one is refused anyway.
  const parts = url.pathname.split('/').filter(Boolean);
  if (['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'].includes(host))
    return youtube(url, parts);
  if (['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'].includes(host)) return vimeo(url, parts);
  if (TWENTYTHREE_HOST.test(host)) return twentythree(url, parts);
  if (host === 'dreambroker.com' || host === 'www.dreambroker.com') return dreambroker(parts);
  if (['www.kaltura.com', 'kaltura.com', 'cdnapisec.kaltura.com'].includes(host)) return kaltura(url, parts);
  return null;
}

export const VIDEO_LINK_HINT =
  'Give a link to the video on YouTube, Vimeo, TwentyThree (<account>.23video.com), Dreambroker or Kaltura, or upload the video instead.';
