/**
 * Deterministic synthetic content for load tests and search benchmarks. Pure: the same options always give
 * the same DemoContent (a seeded mulberry32 PRNG; no Math.random, no clock). All slugs start with `gen-`,
 * every cross-reference points at a generated slug, and memory grows linearly with the number of cases.
 */
import type {
  DemoContent,
  OrganisationKind,
  SeedCase,
  SeedMethod,
  SeedOrganisation,
  SeedRating,
  SeedStudy,
  SeedTopic,
  VidensportalGrade,
  Visibility,
} from './demo/types.js';
import { generateMeetings } from './generate-meetings.js';
import { capitalise, createRandom, pad, slugify } from './generate-random.js';
import * as W from './generate-words.js';

export { mulberry32, slugify } from './generate-random.js';

export interface GenerateOptions {
  cases: number;
  methods?: number;
  studies?: number;
  organisations?: number;
  topics?: number;
  seed?: number;
}

const NOTE = 'Syntetisk eksempelvurdering genereret til test.';

export function generateContent(options: GenerateOptions): DemoContent {
  const r = createRandom(options.seed ?? 20261129);
  const { int, pick, chance, sample } = r;
  const visibility = (): Visibility => (chance(0.85) ? 'PUBLIC' : chance(0.7) ? 'MEMBERS' : 'ORGANISATION');

  const nCases = Math.max(0, Math.floor(options.cases));
  const nMethods = Math.max(0, options.methods ?? Math.max(10, Math.floor(nCases / 20)));
  const nStudies = Math.max(0, options.studies ?? Math.max(10, Math.floor(nCases / 10)));
  const nOrgs = Math.max(1, options.organisations ?? Math.max(20, Math.floor(nCases / 500)));
  const nTopics = Math.max(1, options.topics ?? 30);
  const nEvents = Math.max(2, Math.floor(nCases / 5000));

  // --- Topics: a forest of at most three levels -------------------------------------------------
  const topics: SeedTopic[] = [];
  const depth: number[] = [];
  const nRoots = Math.max(1, Math.min(8, Math.ceil(nTopics / 4)));
  for (let i = 0; i < nTopics; i++) {
    const [da, en] = W.TOPIC_WORDS[i % W.TOPIC_WORDS.length] as readonly [string, string];
    const round = Math.floor(i / W.TOPIC_WORDS.length);
    const nameDa = round === 0 ? da : `${da} ${round + 1}`;
    const topic: SeedTopic = {
      slug: `gen-topic-${i + 1}-${slugify(nameDa)}`,
      nameDa,
      nameEn: round === 0 ? en : `${en} ${round + 1}`,
      descriptionDa: `Syntetisk emne om ${da.toLowerCase()} for ${pick(W.TARGET_PHRASES)}.`,
    };
    let d = 0;
    if (i >= nRoots) {
      let p = int(0, i - 1);
      if ((depth[p] ?? 0) >= 2) p = int(0, nRoots - 1); // roots have depth 0
      topic.parent = (topics[p] as SeedTopic).slug;
      d = (depth[p] ?? 0) + 1;
    }
    depth.push(d);
    topics.push(topic);
  }
  const topicSlugs = topics.map((t) => t.slug);
  const topicNames = new Map(topics.map((t) => [t.slug, t.nameDa.toLowerCase()]));
  const topicName = (slug: string): string => topicNames.get(slug) ?? 'læring';
  /** Fills a sentence template; every template is a whole sentence, so the result is capitalised. */
  const fill = (template: string, topic: string, method = 'metoden'): string =>
    capitalise(
      template.replace('{target}', pick(W.TARGET_PHRASES)).replace('{topic}', topic).replace('{method}', method),
    );

  // --- Organisations -----------------------------------------------------------------------------
  const organisations: SeedOrganisation[] = [];
  const combos = W.PLACE_PREFIXES.length * W.PLACE_SUFFIXES.length;
  for (let i = 0; i < nOrgs; i++) {
    const kind = W.KINDS[i % W.KINDS.length] as OrganisationKind;
    const combo = i % combos;
    const base = `${W.PLACE_PREFIXES[combo % W.PLACE_PREFIXES.length]}${W.PLACE_SUFFIXES[Math.floor(combo / W.PLACE_PREFIXES.length)]}`;
    const place = i < combos ? base : `${base} ${Math.floor(i / combos) + 1}`;
    const area = pick(W.AREAS);
    const names: Record<OrganisationKind, string> = {
      MUNICIPALITY: `${place} Kommune`,
      REGION: `Region ${place}`,
      STATE_AGENCY: `Eksempelstyrelsen for ${area} (${place})`,
      RESEARCH_INSTITUTE: `${place} Forskningscenter for ${area}`,
      UNIVERSITY_COLLEGE: `Professionshøjskolen ${place}`,
      FOUNDATION: `${place}-Fonden`,
      INTEREST_ORGANISATION: `Foreningen for ${area} i ${place}`,
      NGO: `${place} Børnenetværk`,
      SERVICE_PROVIDER: chance(0.5) ? `Opholdsstedet ${place}` : `Familieplejen ${place}`,
      PRIVATE_COMPANY: `${place} Læring ApS`,
    };
    const name = names[kind];
    organisations.push({
      slug: `gen-org-${i + 1}-${slugify(name)}`,
      name,
      kind,
      description: `Syntetisk eksempelorganisation, der arbejder med ${area} og ${pick(W.CASE_OBJECTS)}.`,
      city: place,
      isExample: true,
      memberships: [
        { year: 2025, feeDkk: 5000, status: 'ACTIVE' },
        { year: 2026, feeDkk: 5000, status: chance(0.1) ? 'LAPSED' : 'ACTIVE' },
      ],
    });
  }
  const orgSlugs = organisations.map((o) => o.slug);

  // --- Studies -----------------------------------------------------------------------------------
  const studies: SeedStudy[] = [];
  const studyKinds = ['et studie', 'en evaluering', 'en kortlægning', 'erfaringer fra praksis'];
  for (let i = 0; i < nStudies; i++) {
    const tps = sample(topicSlugs, int(1, 3));
    const main = topicName(tps[0] as string);
    const abstract: string[] = [];
    for (let s = int(2, 4); s > 0; s--) abstract.push(fill(pick(W.ABSTRACT_SENTENCES), main));
    studies.push({
      slug: `gen-study-${pad(i + 1, 6)}`,
      title: `${capitalise(main)} og ${pick(W.CASE_OBJECTS)} – ${pick(studyKinds)}`,
      abstract: abstract.join(' '),
      design: pick(W.DESIGNS),
      year: int(2000, 2026),
      authors: [`Eksempelforfatter ${pick(W.PLACE_PREFIXES)}`],
      publisher: pick(W.STUDY_PUBLISHERS),
      country: pick(W.ORIGINS),
      topics: tps,
      isExample: true,
      visibility: chance(0.9) ? 'PUBLIC' : 'MEMBERS',
    });
  }
  const studySlugs = studies.map((s) => s.slug);

  // --- Methods -----------------------------------------------------------------------------------
  const rating = (scheme: SeedRating['scheme'], ratedOn: string, study: string | undefined): SeedRating => {
    const base = { ratedOn, source: `Syntetisk kilde (${scheme})`, note: NOTE, ...(study ? { study } : {}) };
    switch (scheme) {
      case 'CEBC':
        return { scheme, value: pick(W.CEBC), ...base };
      case 'EIF':
        return { scheme, value: pick(W.EIF), ...base };
      case 'BLUEPRINTS':
        return { scheme, value: pick(W.BLUEPRINTS), ...base };
      case 'WWC':
        return { scheme, value: pick(W.WWC), ...base };
      case 'VIDENSBRO':
        return { scheme, value: pick(W.VIDENSBRO), ...base };
      case 'VIDENSPORTAL': {
        const g = (): VidensportalGrade => pick(W.GRADES);
        const dimensions = { targetGroup: g(), method: g(), implementation: g(), effect: g(), economy: g() };
        return { scheme, dimensions, ...base };
      }
    }
  };
  const methods: SeedMethod[] = [];
  const methodNames: string[] = [];
  for (let i = 0; i < nMethods; i++) {
    const baseName = `${pick(W.METHOD_ADJECTIVES)} ${pick(W.METHOD_NOUNS)}`;
    const name = `${baseName} ${i + 1}`;
    const tps = sample(topicSlugs, int(1, 3));
    const main = topicName(tps[0] as string);
    const ratedOn = `${int(2018, 2026)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const study = studySlugs.length > 0 && chance(0.5) ? pick(studySlugs) : undefined;
    const lower = baseName.toLowerCase();
    const ageMin = int(0, 14);
    methods.push({
      slug: `gen-method-${pad(i + 1, 5)}-${slugify(baseName)}`,
      name,
      summary: `${baseName} er en syntetisk metode rettet mod ${pick(W.TARGET_PHRASES)} med fokus på ${main}.`,
      description: [
        `${fill(pick(W.ABSTRACT_SENTENCES), main, lower)} ${fill(pick(W.ACTION_SENTENCES), main, lower)}`,
        `${fill(pick(W.LEARNING_SENTENCES), main)} ${fill(pick(W.BACKGROUND_SENTENCES), main)}`,
      ].join('\n\n'),
      origin: pick(W.ORIGINS),
      targetGroups: sample(W.TARGETS, int(1, 3)),
      ageMin,
      ageMax: ageMin + int(2, 9),
      topics: tps,
      studies: sample(studySlugs, int(0, 3)),
      ratings: sample(W.SCHEMES, int(0, 3)).map((scheme) => rating(scheme, ratedOn, study)),
      visibility: chance(0.9) ? 'PUBLIC' : 'MEMBERS',
    });
    methodNames.push(lower);
  }
  const methodSlugs = methods.map((m) => m.slug);

  // --- Cases (the bulk: keep the loop lean) ------------------------------------------------------
  const cases: SeedCase[] = [];
  for (let i = 0; i < nCases; i++) {
    const tps = sample(topicSlugs, int(1, 3));
    const main = topicName(tps[0] as string);
    const mIdx = methodSlugs.length > 0 && chance(0.8) ? int(0, methodSlugs.length - 1) : -1;
    const ms = mIdx >= 0 ? [methodSlugs[mIdx] as string] : [];
    if (mIdx >= 0 && chance(0.25)) {
      const extra = pick(methodSlugs);
      if (extra !== ms[0]) ms.push(extra);
    }
    const how = mIdx >= 0 ? (methodNames[mIdx] as string) : 'en ny arbejdsgang';
    const ageMin = int(0, 15);
    cases.push({
      slug: `gen-case-${pad(i + 1, 7)}`,
      title: `${pick(W.CASE_SUBJECTS)} ${pick(W.CASE_VERBS)} ${pick(W.CASE_OBJECTS)}`,
      summary: `${fill(pick(W.ACTION_SENTENCES), main, how)} ${fill(pick(W.LEARNING_SENTENCES), main)}`,
      body:
        `### Baggrund\n${fill(pick(W.BACKGROUND_SENTENCES), main)} ${fill(pick(W.BACKGROUND_SENTENCES), main)}\n\n` +
        `### Hvad vi gjorde\n${fill(pick(W.ACTION_SENTENCES), main, how)} ${fill(pick(W.ACTION_SENTENCES), main, how)}\n\n` +
        `### Hvad vi lærte\n${fill(pick(W.LEARNING_SENTENCES), main)}`,
      organisation: pick(orgSlugs),
      year: int(2015, 2026),
      targetGroups: sample(W.TARGETS, int(1, 2)),
      ageMin,
      ageMax: ageMin + int(1, 8),
      topics: tps,
      methods: ms,
      isExample: true,
      visibility: visibility(),
    });
  }

  // --- Events, talks, workshops, reports ---------------------------------------------------------
  const meetings = generateMeetings(r, {
    count: nEvents,
    topicSlugs,
    orgSlugs,
    methodSlugs,
    cases,
    topicName,
    fill: (template, topic) => fill(template, topic),
  });

  return { organisations, topics, studies, methods, cases, ...meetings };
}
