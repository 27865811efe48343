import type { EntityManager } from '@mikro-orm/postgresql';
import type { Visibility } from '../../modules/content/content.enums.js';
import { EVIDENCE_STRENGTH_SCORE, type EvidenceStrength } from '../../modules/evidence/evidence.enums.js';
import { strongest } from '../../modules/evidence/strength.js';
import { ageRangesOf } from '../age-ranges.js';
import type { DanishLexicon } from '../lexicon.js';
import { scrubDocument } from '../plain-text.js';
import { withAncestors, type TopicInfo } from '../topic-tree.js';
import { documentId, termsOf, type SearchDocument, type SearchTypeName } from './shape.js';

/** Who may find a document: search's visibility filter (content/read-rule.ts `readableSearchFilter`) reads these. */
export interface Access {
  visibility: Visibility;
  published: boolean;
  /** The owning organisation, for ORGANISATION visibility. */
  organisationId: string | null;
}

/** What one search type's builder reads for one row; `assemble` turns it into the document. */
export interface DocumentParts {
  id: string;
  title: string;
  /** Another name the item goes by (a method's original name): searched with the title, not shown. */
  alias?: string;
  summary?: string;
  body?: string;
  chapters?: string[];
  transcript?: string;
  people?: string[];
  place?: string[];
  /** The topics it is filed under: named in the document, with their ancestors in `topicIds`. */
  topicIds?: string[];
  /** Topics it stands for without being filed under them (a thread on a topic): ids and ancestors only. */
  subjectTopicIds?: string[];
  access: Access;
  organisationKind?: string | null;
  participantKinds?: string[];
  subjectType?: string | null;
  /** Seconds since 1970. */
  lastActivityAt?: number | null;
  targetGroups?: string[];
  ageMin?: number | null;
  ageMax?: number | null;
  evidence?: EvidenceStrength | null;
  year: number | null;
  /** Seconds since 1970 the item sorts by when browsing "newest first". */
  date: number;
  /** "Type:id" of other rows the document shows (topics are added by `assemble`). */
  dependsOn?: string[];
}

/** Runs one of the builders' set-based statements for a batch of ids (in the caller's transaction, if any). */
export function readRows<T extends object>(em: EntityManager, sql: string, ids: readonly string[]): Promise<T[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return em.execute<T[]>(sql, [ids]);
}

/** SQL: whole seconds since 1970 (what `Math.floor(date.getTime() / 1000)` gives), as a JS number. */
export const epoch = (expr: string) => `floor(extract(epoch from ${expr}))::float8`;
/** SQL: the calendar year in UTC. */
export const utcYear = (expr: string) => `extract(year from ${expr} at time zone 'UTC')::int`;
/** SQL: the topic ids a row is filed under through a pivot table, as `topic_ids`. */
export const topicIdsSql = (pivot: string, key: string, row: string) =>
  `array(select p.topic_id::text from ${pivot} p where p.${key} = ${row}.id) as topic_ids`;
/** SQL: the methods a row uses through a pivot table with their editorial verdicts, as `methods` (JSON or null). */
export const methodsSql = (pivot: string, key: string, row: string) =>
  `(select json_agg(json_build_object('id', m.id, 'strength', m.verdict_strength))
      from ${pivot} p join method m on m.id = p.method_id where p.${key} = ${row}.id) as methods`;
/** SQL: visibility, publication, owner and browse date of a content row, as `visibility, published, owner_id, date`. */
export const contentAccessSql = (row: string) =>
  `${row}.visibility, ${row}.published_at is not null as published, ${row}.owner_id,
   ${epoch(`coalesce(${row}.published_at, ${row}.created_at)`)} as date`;

export interface ContentAccessRow {
  visibility: Visibility;
  published: boolean;
  owner_id: string | null;
  date: number;
}

export const contentAccess = (row: ContentAccessRow): Access => ({
  visibility: row.visibility,
  published: row.published,
  organisationId: row.owner_id,
});

export interface MethodFact {
  id: string;
  strength: EvidenceStrength;
}

/** A case or talk is as well supported as the best verdict among the methods it uses, and shows each of them. */
export function viaMethods(methods: readonly MethodFact[] | null): {
  evidence: EvidenceStrength | null;
  dependsOn: string[];
} {
  const sorted = [...(methods ?? [])].sort((a, b) => byDefault.compare(a.id, b.id));
  return {
    evidence: sorted.length > 0 ? strongest(sorted.map((m) => m.strength)) : null,
    dependsOn: sorted.map((m) => `Method:${m.id}`),
  };
}

/** `String.prototype.localeCompare(other, 'da')` and `localeCompare(other)`, without a collator per call. */
const danish = new Intl.Collator('da');
const byDefault = new Intl.Collator();

/** The document for one row's parts: analysed terms, topic names and ancestors, facets, scrubbed of secrets. */
export function assemble(
  lexicon: DanishLexicon,
  tree: Map<string, TopicInfo>,
  type: SearchTypeName,
  parts: DocumentParts,
): SearchDocument {
  // Pivot rows come in no particular order; sort so the same row always gives the same document.
  const topics = (parts.topicIds ?? [])
    .map((id) => ({ id, info: tree.get(id) }))
    .sort((a, b) => danish.compare(a.info?.name ?? '', b.info?.name ?? '') || byDefault.compare(a.id, b.id));
  const topicIds = withAncestors(tree, [...topics.map((t) => t.id), ...(parts.subjectTopicIds ?? [])]);
  const topicNames = topics.map((t) => t.info?.name ?? '');
  const topicNamesEn = topics.map((t) => t.info?.nameEn ?? '');
  const terms = (value: string) => termsOf(lexicon, value);
  const title = parts.title;
  const summary = parts.summary ?? '';
  const body = parts.body ?? '';
  const chapters = parts.chapters ?? [];
  const transcript = parts.transcript ?? '';
  const ageMin = parts.ageMin ?? null;
  const ageMax = parts.ageMax ?? null;
  const evidence = parts.evidence ?? null;
  return scrubDocument({
    id: documentId(type, parts.id),
    type,
    entityId: parts.id,
    title,
    titleTerms: terms(`${title} ${parts.alias ?? ''}`),
    summary,
    summaryTerms: terms(summary),
    topicNames,
    // English topic names too, so an English query reaches Danish items on its topic ("kinship care").
    topicTerms: `${terms([...topicNames, ...topicNamesEn].join(' '))} ${topicNamesEn.join(' ').toLowerCase()}`.trim(),
    chapters,
    chapterTerms: terms(chapters.join(' ')),
    body,
    bodyTerms: terms(body),
    people: parts.people ?? [],
    place: parts.place ?? [],
    transcript,
    transcriptTerms: terms(transcript),
    visibility: parts.access.visibility,
    published: parts.access.published,
    organisationId: parts.access.organisationId,
    organisationKind: parts.organisationKind ?? null,
    participantKinds: parts.participantKinds ?? [],
    subjectType: parts.subjectType ?? null,
    lastActivityAt: parts.lastActivityAt ?? null,
    topicIds,
    targetGroups: parts.targetGroups ?? [],
    ageMin,
    ageMax,
    ageRanges: ageRangesOf(ageMin, ageMax),
    evidenceStrength: evidence,
    evidenceScore: evidence ? EVIDENCE_STRENGTH_SCORE[evidence] : 0,
    year: parts.year,
    date: parts.date,
    dependsOn: [...new Set([...(parts.dependsOn ?? []), ...topicIds.map((id) => `Topic:${id}`)])],
  });
}
