/**
 * The shape of Vidensbro's demo content. Seeds are plain typed data; one idempotent seeder
 * (server/src/seeding/seed.ts) loads them, matching rows on `slug`, so running it twice changes nothing.
 * Cross references use slugs, never database ids.
 */

export type OrganisationKind =
  | 'MUNICIPALITY'
  | 'REGION'
  | 'STATE_AGENCY'
  | 'RESEARCH_INSTITUTE'
  | 'UNIVERSITY_COLLEGE'
  | 'FOUNDATION'
  | 'INTEREST_ORGANISATION'
  | 'NGO'
  | 'SERVICE_PROVIDER'
  | 'PRIVATE_COMPANY';

export type TargetGroup =
  | 'FOSTER_CHILDREN'
  | 'CHILDREN_IN_RESIDENTIAL_CARE'
  | 'CHILDREN_AT_RISK'
  | 'CARE_LEAVERS'
  | 'FOSTER_FAMILIES'
  | 'BIRTH_PARENTS'
  | 'PROFESSIONALS'
  | 'SCHOOLS';

export type Visibility = 'PUBLIC' | 'MEMBERS' | 'ORGANISATION';

export type StudyDesign =
  | 'SYSTEMATIC_REVIEW'
  | 'META_ANALYSIS'
  | 'RCT'
  | 'QUASI_EXPERIMENTAL'
  | 'COHORT'
  | 'REGISTER_STUDY'
  | 'QUALITATIVE'
  | 'MIXED_METHODS'
  | 'EVALUATION'
  | 'CASE_STUDY';

/** A–D on each of the Danish Vidensdeklaration's five dimensions (A is the best documented). */
export type VidensportalGrade = 'A' | 'B' | 'C' | 'D';
export interface VidensportalDimensions {
  targetGroup: VidensportalGrade; // viden om målgruppen
  method: VidensportalGrade; // viden om metode
  implementation: VidensportalGrade; // viden om implementering
  effect: VidensportalGrade; // viden om effekt
  economy: VidensportalGrade; // viden om økonomi
}

/** One rating of a method on one scheme. Values per scheme:
 * CEBC: '1' | '2' | '3' | '4' | '5' | 'NR'
 * EIF: '2' | '2+' | '3' | '3+' | '4' | '4+' | 'NL2' | 'NE'
 * BLUEPRINTS: 'PROMISING' | 'MODEL' | 'MODEL_PLUS'
 * WWC: 'POSITIVE' | 'POTENTIALLY_POSITIVE' | 'MIXED' | 'NO_DISCERNIBLE' | 'POTENTIALLY_NEGATIVE' | 'NEGATIVE'
 * VIDENSPORTAL: the effect grade 'A'..'D', with all five `dimensions`
 * VIDENSBRO (our own editors' grading): 'STRONG' | 'MODERATE' | 'PROMISING' | 'INSUFFICIENT'
 */
export type SeedRating =
  | {
      scheme: 'CEBC';
      value: '1' | '2' | '3' | '4' | '5' | 'NR';
      ratedOn: string;
      source: string;
      study?: string;
      note?: string;
      url?: string; // the rating's own page at the scheme, only when real and stable
    }
  | {
      scheme: 'EIF';
      value: '2' | '2+' | '3' | '3+' | '4' | '4+' | 'NL2' | 'NE';
      ratedOn: string;
      source: string;
      study?: string;
      note?: string;
      url?: string; // the rating's own page at the scheme, only when real and stable
    }
  | {
      scheme: 'BLUEPRINTS';
      value: 'PROMISING' | 'MODEL' | 'MODEL_PLUS';
      ratedOn: string;
      source: string;
      study?: string;
      note?: string;
      url?: string; // the rating's own page at the scheme, only when real and stable
    }
  | {
      scheme: 'WWC';
      value: 'POSITIVE' | 'POTENTIALLY_POSITIVE' | 'MIXED' | 'NO_DISCERNIBLE' | 'POTENTIALLY_NEGATIVE' | 'NEGATIVE';
      ratedOn: string;
      source: string;
      study?: string;
      note?: string;
      url?: string; // the rating's own page at the scheme, only when real and stable
    }
  | {
      scheme: 'VIDENSPORTAL';
      dimensions: VidensportalDimensions;
      ratedOn: string;
      source: string;
      study?: string;
      note?: string;
      url?: string; // the rating's own page at the scheme, only when real and stable
    }
  | {
      scheme: 'VIDENSBRO';
      value: 'STRONG' | 'MODERATE' | 'PROMISING' | 'INSUFFICIENT';
      ratedOn: string;
      source: string;
      study?: string;
      note?: string;
      url?: string; // the rating's own page at the scheme, only when real and stable
    };

export interface SeedOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  website?: string;
  city?: string;
  /** true when the organisation is invented for the demo (all fictional municipalities are). */
  isExample: boolean;
  memberships: { year: number; feeDkk: number; status: 'ACTIVE' | 'LAPSED' }[];
}

export interface SeedTopic {
  slug: string;
  nameDa: string;
  nameEn: string;
  descriptionDa?: string;
  parent?: string; // slug of the parent topic
}

export interface SeedMethod {
  slug: string;
  name: string;
  /** Short original name where the programme is known abroad, e.g. "Multidimensional Treatment Foster Care". */
  originalName?: string;
  summary: string; // 1–2 sentences, Danish
  description: string; // Markdown, Danish, several paragraphs, in our own words
  origin?: string; // country of origin, Danish name, e.g. "USA", "Danmark"
  targetGroups: TargetGroup[];
  ageMin?: number;
  ageMax?: number;
  topics: string[]; // topic slugs
  studies: string[]; // study slugs
  ratings: SeedRating[];
  website?: string;
  visibility: Visibility;
  /** Practical facts: cost, training, providers and municipalities (see method-practice.ts). */
  practice?: SeedMethodPractice;
}

export interface SeedMethodParty {
  name?: string; // taken from the organisation when left out
  organisation?: string; // organisation slug
  url?: string;
  note?: string;
}

export interface SeedMethodPractice {
  settings: ('HOME' | 'FOSTER_HOME' | 'DAYCARE' | 'SCHOOL' | 'RESIDENTIAL' | 'OUTPATIENT' | 'GROUP' | 'COMMUNITY')[];
  costNote?: string;
  costDkk?: number;
  costUnit?: 'PER_FAMILY' | 'PER_CHILD' | 'PER_PRACTITIONER' | 'PER_GROUP';
  trainingDuration?: string;
  trainingCertifiedBy?: string;
  providers: SeedMethodParty[];
  municipalities: SeedMethodParty[];
}

export interface SeedStudy {
  slug: string;
  title: string;
  abstract: string; // Danish summary in our own words
  design: StudyDesign;
  year: number;
  authors: string[]; // real authors only for real, well-known publications; otherwise mark isExample
  publisher: string;
  url?: string; // only real, stable landing pages; never invented DOIs
  country?: string;
  topics: string[];
  isExample: boolean;
  visibility: Visibility;
}

export interface SeedCase {
  slug: string;
  title: string;
  summary: string;
  body: string; // Markdown, Danish; no personal data about children (no names, CPR numbers, addresses)
  organisation: string; // organisation slug
  year: number;
  targetGroups: TargetGroup[];
  ageMin?: number;
  ageMax?: number;
  topics: string[];
  methods: string[];
  isExample: boolean;
  visibility: Visibility;
}

export interface SeedChapter {
  startSeconds: number;
  title: string;
}
export interface SeedTranscriptSegment {
  startSeconds: number;
  text: string;
}
export interface SeedSpeaker {
  name: string; // fictional speakers only, marked by the talk's isExample
  title: string; // e.g. "Forsker, ph.d."
  organisation?: string; // organisation slug
}

export interface SeedTalk {
  slug: string;
  event: string; // event slug
  title: string;
  summary: string;
  speakers: SeedSpeaker[];
  /** A link to the video on a video host (server/src/modules/talk/video-links.ts). */
  videoUrl?: string;
  /** A video file in seeds/demo/media, made by scripts/make-demo-media.sh. */
  videoFile?: string;
  durationSeconds: number;
  startsAt: string; // ISO date-time
  chapters: SeedChapter[];
  transcript: SeedTranscriptSegment[];
  topics: string[];
  methods: string[];
  isExample: boolean;
  visibility: Visibility;
}

export interface SeedWorkshop {
  slug: string;
  event: string;
  talk?: string; // the talk the workshop works with
  title: string;
  description: string;
  facilitator?: string;
  room?: string;
  startsAt: string;
  durationMinutes: number;
  capacity?: number;
  isExample?: boolean; // a fictional workshop (and facilitator) of the demo
  visibility: Visibility;
}

export interface SeedEvent {
  slug: string;
  kind: 'FORUM_MEETING' | 'NETWORK_MEETING';
  title: string;
  theme: string;
  description: string;
  startsAt: string; // ISO date-time, Europe/Copenhagen offset
  endsAt: string;
  venue: string;
  city: string;
  topics: string[];
  isExample?: boolean; // a fictional meeting of the demo
  visibility: Visibility;
}

export interface SeedReport {
  slug: string;
  event?: string; // the meeting it prepares; published before it
  title: string;
  summary: string;
  body: string; // Markdown: trends and concrete cases
  publishedOn: string; // ISO date
  url?: string;
  topics: string[];
  cases: string[]; // case slugs featured
  isExample: boolean;
  visibility: Visibility;
}

export interface DemoContent {
  organisations: SeedOrganisation[];
  topics: SeedTopic[];
  studies: SeedStudy[];
  methods: SeedMethod[];
  cases: SeedCase[];
  events: SeedEvent[];
  talks: SeedTalk[];
  workshops: SeedWorkshop[];
  reports: SeedReport[];
}
