/** Synthetic events, talks, workshops and reports for generate-content.ts. Deterministic given the Random. */
import type { SeedCase, SeedEvent, SeedReport, SeedTalk, SeedWorkshop } from './demo/types.js';
import { capitalise, pad, type Random } from './generate-random.js';
import * as W from './generate-words.js';

export interface MeetingInput {
  count: number;
  topicSlugs: readonly string[];
  orgSlugs: readonly string[];
  methodSlugs: readonly string[];
  cases: readonly SeedCase[];
  topicName: (slug: string) => string;
  fill: (template: string, topic: string) => string;
}

export interface Meetings {
  events: SeedEvent[];
  talks: SeedTalk[];
  workshops: SeedWorkshop[];
  reports: SeedReport[];
}

export function generateMeetings(r: Random, input: MeetingInput): Meetings {
  const { topicSlugs, orgSlugs, methodSlugs, cases, topicName, fill } = input;
  const out: Meetings = { events: [], talks: [], workshops: [], reports: [] };
  for (let e = 0; e < input.count; e++) {
    const [month, offset] = W.EVENT_MONTHS[(e * 2) % W.EVENT_MONTHS.length] as readonly [number, string];
    const year = 2024 + Math.floor((e * 2) / W.EVENT_MONTHS.length);
    const day = r.int(1, 28);
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const tps = r.sample(topicSlugs, r.int(1, 3));
    const theme = topicName(tps[0] as string);
    const [venue, city] = r.pick(W.VENUES);
    const slug = `gen-event-${pad(e + 1, 4)}`;
    const forum = e % 2 === 0;
    out.events.push({
      slug,
      kind: forum ? 'FORUM_MEETING' : 'NETWORK_MEETING',
      title: `${forum ? 'Forummøde' : 'Netværksmøde'}: ${capitalise(theme)}`,
      theme: capitalise(theme),
      description: `${fill(r.pick(W.TALK_SENTENCES), theme)} ${fill(r.pick(W.BACKGROUND_SENTENCES), theme)}`,
      startsAt: `${date}T09:30:00${offset}`,
      endsAt: `${date}T16:00:00${offset}`,
      venue,
      city,
      topics: tps,
      visibility: 'PUBLIC',
    });
    const nTalks = r.int(2, 3);
    for (let t = 0; t < nTalks; t++) {
      const duration = r.int(1500, 2700);
      const nChapters = r.int(4, 6);
      const nSegments = r.int(8, 12);
      const talkSlug = `${slug}-talk-${t + 1}`;
      const topicSlug = r.pick(tps);
      const topic = topicName(topicSlug);
      out.talks.push({
        slug: talkSlug,
        event: slug,
        title: `${r.pick(W.CASE_SUBJECTS)} og ${topic}`,
        summary: fill(r.pick(W.ABSTRACT_SENTENCES), topic),
        speakers: [
          { name: `Eksempeltaler ${e + 1}.${t + 1}`, title: 'Syntetisk oplægsholder', organisation: r.pick(orgSlugs) },
        ],
        durationSeconds: duration,
        startsAt: `${date}T${pad(10 + t)}:00:00${offset}`,
        chapters: Array.from({ length: nChapters }, (_, c) => ({
          startSeconds: Math.floor((c * duration) / nChapters),
          title: W.CHAPTER_TITLES[c % W.CHAPTER_TITLES.length] as string,
        })),
        transcript: Array.from({ length: nSegments }, (_, s) => ({
          startSeconds: Math.floor((s * duration) / nSegments),
          text: fill(W.TALK_SENTENCES[s % W.TALK_SENTENCES.length] as string, topic),
        })),
        topics: [topicSlug],
        methods: r.sample(methodSlugs, r.int(0, 2)),
        isExample: true,
        visibility: 'PUBLIC',
      });
      if (t < 2) {
        out.workshops.push({
          slug: `${talkSlug}-workshop`,
          event: slug,
          talk: talkSlug,
          title: `Workshop: ${capitalise(topic)}`,
          description: fill(r.pick(W.ACTION_SENTENCES), topic),
          room: `Lokale ${t + 1}`,
          startsAt: `${date}T13:30:00${offset}`,
          durationMinutes: r.pick([60, 75, 90]),
          capacity: r.pick([20, 30, 40]),
          visibility: 'PUBLIC',
        });
      }
    }
    // Published 20–60 days before the meeting (pure date arithmetic, no clock).
    const publishedOn = new Date(Date.UTC(year, month - 1, day) - r.int(20, 60) * 86_400_000).toISOString();
    out.reports.push({
      slug: `${slug}-report`,
      event: slug,
      title: `Tendenser: ${capitalise(theme)}`,
      summary: fill(r.pick(W.ABSTRACT_SENTENCES), theme),
      body: `## Tendenser\n${fill(r.pick(W.LEARNING_SENTENCES), theme)}\n\n## Praksis\n${fill(r.pick(W.ACTION_SENTENCES), theme)}`,
      publishedOn: publishedOn.slice(0, 10),
      topics: tps,
      cases: r.sample(cases, r.int(3, 6)).map((c) => c.slug),
      isExample: true,
      visibility: 'PUBLIC',
    });
  }
  return out;
}
