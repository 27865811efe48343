import type { daMedia } from './media-da';

/** Talk video in English: the click-to-load embed facade, captions and uploads. */
export const enMedia: typeof daMedia = {
  media: {
    upload: {
      title: 'Upload a video',
      hint: 'MP4 or WebM. Large files are sent in pieces: if the connection breaks, the upload continues where it stopped when you choose the file again.',
      file: 'Video file',
      start: 'Upload and use the video',
      progress: 'Uploaded',
      done: 'The video is uploaded and now shows on the talk.',
      failed: 'The upload failed. Choose the file again to continue where it stopped.',
      wrongType: 'Only MP4 and WebM videos can be uploaded.',
    },
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
