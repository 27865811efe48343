import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Talk } from './talk.entity.js';
import { talkMediaPaths } from './talk.http.js';
import { parseVideoLink, PROVIDER_NAMES } from './video-links.js';

export enum TalkVideoKind {
  FILE = 'FILE',
  EMBED = 'EMBED',
  LINK = 'LINK',
}
registerEnumType(TalkVideoKind, {
  name: 'TalkVideoKind',
  description: 'How a talk’s video is played.',
  valuesConfig: {
    FILE: { description: 'A file Vidensbro serves: play `src` in a <video> element, with the captions track.' },
    EMBED: {
      description:
        'A video on a video host: load `src` (its privacy-friendly embed address) in an iframe, only after the viewer asks for it.',
    },
    LINK: { description: 'A link Vidensbro cannot embed (stored before links were checked): link to `src`.' },
  },
});

@ObjectType({ description: 'How to play a talk’s video.' })
export class TalkVideo {
  @Field(() => TalkVideoKind, { description: 'How to play it.' })
  kind!: TalkVideoKind;

  @Field(() => String, {
    description:
      'FILE: this site’s address of the file (it answers Range requests, under the talk’s read rule). EMBED: the embed address. LINK: the link.',
  })
  src!: string;

  @Field(() => String, { nullable: true, description: 'FILE: video/mp4 or video/webm.' })
  contentType!: string | null;

  @Field(() => String, { nullable: true, description: 'EMBED: the video host’s name, e.g. "YouTube".' })
  provider!: string | null;

  @Field(() => String, { nullable: true, description: 'EMBED and LINK: the video’s page on its host.' })
  pageUrl!: string | null;
}

/** The talk's video as GraphQL shows it; the caller has the talk through its read rule. */
export async function talkVideo(talk: Talk): Promise<TalkVideo | null> {
  if (talk.videoFile) {
    const file = await talk.videoFile.load();
    if (file)
      return {
        kind: TalkVideoKind.FILE,
        src: talkMediaPaths(talk.slug).video,
        contentType: file.contentType,
        provider: null,
        pageUrl: null,
      };
  }
  if (!talk.videoUrl) return null;
  const link = parseVideoLink(talk.videoUrl);
  return link
    ? {
        kind: TalkVideoKind.EMBED,
        src: link.embedUrl,
        contentType: null,
        provider: PROVIDER_NAMES[link.provider],
        pageUrl: talk.videoUrl,
      }
    : { kind: TalkVideoKind.LINK, src: talk.videoUrl, contentType: null, provider: null, pageUrl: talk.videoUrl };
}
