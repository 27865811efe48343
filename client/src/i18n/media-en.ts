import type { daMedia } from './media-da';

/** Talk video in English: the click-to-load embed facade, captions and uploads. */
export const enMedia: typeof daMedia = {
  media: {
    captions: 'Danish',
    chapterTrack: 'Chapters',
    embedTitle: (title: string, provider: string) => `${title} – video on ${provider}`,
    embedPlay: (provider: string) => `Play the video from ${provider}`,
    embedNotice: (provider: string) =>
      `The video is hosted by ${provider}. Only when you click does the page load it from there; ${provider} may then set cookies and see your IP address.`,
    embedOpen: (provider: string) => `Open the video on ${provider}`,
    link: 'Watch the video',
    linkNotice: 'The video is on another website.',
  },
};
