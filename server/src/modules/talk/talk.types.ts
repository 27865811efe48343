import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType, PageInfo } from '../../graphql/connection.js';
import { payloadType } from '../../graphql/payload.js';
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../../search/query-analysis.js';
import { SNIPPET_WORDS } from '../../search/service.js';
import { Talk } from './talk.entity.js';
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

@ObjectType({ description: 'A person giving a talk.' })
export class Speaker {
  @Field(() => String, { description: 'The speaker’s name.' })
  name!: string;

  @Field(() => String, { description: 'The speaker’s title or role, e.g. "Forsker, ph.d.".' })
  title!: string;

  organisationId!: string | null;
}
export const TalkPayload = payloadType(Talk, 'talk', {
  name: 'TalkPayload',
  description: 'The talk after the change.',
  fieldDescription: 'The talk.',
});
@ObjectType({ description: 'A segment of a talk’s transcript that matches a search, with when it is spoken.' })
export class TranscriptMatch {
  @Field(() => Int, { description: 'The segment’s position in `Talk.transcript`, from 0.' })
  index!: number;

  @Field(() => Int, { description: 'When the segment is spoken, in seconds from the start of the video.' })
  startSeconds!: number;

  @Field(() => String, { description: 'What is said in the segment, as plain text.' })
  text!: string;

  @Field(() => String, {
    description: `The segment as HTML-escaped text with each matching word in <mark>…</mark>, cut to about ${SNIPPET_WORDS} words around the first match (… marks a cut).`,
  })
  snippet!: string;

  @Field(() => Int, {
    description: 'How many of the query’s words the segment holds; segments holding more come first.',
  })
  matchedWords!: number;
}
@ObjectType({ description: 'One transcript match in a list, with its cursor.' })
export class TranscriptMatchEdge {
  @Field(() => String, { description: 'Opaque position of this match; pass it as `after` for the next page.' })
  cursor!: string;

  @Field(() => TranscriptMatch, { description: 'The match.' })
  node!: TranscriptMatch;
}
@ObjectType({ description: 'A page of transcript matches: most query words first, then in the order they are spoken.' })
export class TranscriptMatchConnection {
  @Field(() => [TranscriptMatchEdge], { description: 'The matches on this page, with cursors.' })
  edges!: TranscriptMatchEdge[];

  @Field(() => [TranscriptMatch], { description: 'The matches on this page, without cursors.' })
  nodes!: TranscriptMatch[];

  @Field(() => PageInfo, { description: 'Where this page sits in the matches.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many segments match, across all pages.' })
  totalCount!: number;

  @Field(() => String, {
    description: 'The query as searched, read as `Query.search` reads it (see its `searchedAs`).',
  })
  searchedAs!: string;

  @Field(() => Boolean, {
    description: `True when the query had more than ${MAX_QUERY_WORDS} words and only its most telling words were searched (those frequent in the query and said in few segments), or was longer than ${MAX_QUERY_CHARS} characters and only its beginning was read.`,
  })
  reduced!: boolean;
}

export const TalkConnection = connectionType(Talk, 'Talk', 'A page of talks.');
