import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../generate-content.js';
import { demoContent } from './index.js';
import type { DemoContent, SeedRating } from './types.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CPR = /\b\d{6}-?\d{4}\b/;
const TODAY = '2026-11-29';

const VALID_VALUES: Record<Exclude<SeedRating['scheme'], 'VIDENSPORTAL'>, readonly string[]> = {
  CEBC: ['1', '2', '3', '4', '5', 'NR'],
  EIF: ['2', '2+', '3', '3+', '4', '4+', 'NL2', 'NE'],
  BLUEPRINTS: ['PROMISING', 'MODEL', 'MODEL_PLUS'],
  WWC: ['POSITIVE', 'POTENTIALLY_POSITIVE', 'MIXED', 'NO_DISCERNIBLE', 'POTENTIALLY_NEGATIVE', 'NEGATIVE'],
  VIDENSBRO: ['STRONG', 'MODERATE', 'PROMISING', 'INSUFFICIENT'],
};
const GRADES = ['A', 'B', 'C', 'D'];

/** Slug collisions and malformed slugs, per type. */
function slugErrors(content: DemoContent): string[] {
  const errors: string[] = [];
  for (const [type, rows] of Object.entries(content) as [string, { slug: string }[]][]) {
    const seen = new Set<string>();
    for (const { slug } of rows) {
      if (!SLUG.test(slug)) errors.push(`${type}: malformed slug ${slug}`);
      if (seen.has(slug)) errors.push(`${type}: duplicate slug ${slug}`);
      seen.add(slug);
    }
  }
  return errors;
}

/** Every cross-reference that does not resolve. */
function referenceErrors(content: DemoContent): string[] {
  const sets = {
    organisation: new Set(content.organisations.map((o) => o.slug)),
    topic: new Set(content.topics.map((t) => t.slug)),
    study: new Set(content.studies.map((s) => s.slug)),
    method: new Set(content.methods.map((m) => m.slug)),
    case: new Set(content.cases.map((c) => c.slug)),
    event: new Set(content.events.map((e) => e.slug)),
    talk: new Set(content.talks.map((t) => t.slug)),
  };
  const errors: string[] = [];
  const check = (kind: keyof typeof sets, slugs: (string | undefined)[], from: string): void => {
    for (const slug of slugs) if (slug !== undefined && !sets[kind].has(slug)) errors.push(`${from} → ${kind} ${slug}`);
  };
  for (const t of content.topics) check('topic', [t.parent], `topic ${t.slug}`);
  for (const s of content.studies) check('topic', s.topics, `study ${s.slug}`);
  for (const m of content.methods) {
    check('topic', m.topics, `method ${m.slug}`);
    check('study', [...m.studies, ...m.ratings.map((r) => r.study)], `method ${m.slug}`);
  }
  for (const c of content.cases) {
    check('organisation', [c.organisation], `case ${c.slug}`);
    check('topic', c.topics, `case ${c.slug}`);
    check('method', c.methods, `case ${c.slug}`);
  }
  for (const e of content.events) check('topic', e.topics, `event ${e.slug}`);
  for (const t of content.talks) {
    check('event', [t.event], `talk ${t.slug}`);
    check('topic', t.topics, `talk ${t.slug}`);
    check('method', t.methods, `talk ${t.slug}`);
    check(
      'organisation',
      t.speakers.map((s) => s.organisation),
      `talk ${t.slug}`,
    );
  }
  const talkEvent = new Map(content.talks.map((t) => [t.slug, t.event]));
  for (const w of content.workshops) {
    check('event', [w.event], `workshop ${w.slug}`);
    check('talk', [w.talk], `workshop ${w.slug}`);
    if (w.talk && talkEvent.get(w.talk) !== w.event) errors.push(`workshop ${w.slug}: talk belongs to another event`);
  }
  for (const r of content.reports) {
    check('event', [r.event], `report ${r.slug}`);
    check('topic', r.topics, `report ${r.slug}`);
    check('case', r.cases, `report ${r.slug}`);
  }
  // The topic tree must not contain cycles.
  const parent = new Map(content.topics.map((t) => [t.slug, t.parent]));
  for (const t of content.topics) {
    let cursor: string | undefined = t.slug;
    for (let steps = 0; cursor; steps++) {
      if (steps > content.topics.length) {
        errors.push(`topic ${t.slug}: cycle`);
        break;
      }
      cursor = parent.get(cursor);
    }
  }
  return errors;
}

function ratingErrors(content: DemoContent): string[] {
  const errors: string[] = [];
  for (const m of content.methods) {
    for (const r of m.ratings) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(r.ratedOn)) errors.push(`${m.slug}: bad ratedOn ${r.ratedOn}`);
      if (!r.source) errors.push(`${m.slug}: rating without source`);
      if (r.scheme === 'VIDENSPORTAL') {
        for (const grade of Object.values(r.dimensions) as string[]) {
          if (!GRADES.includes(grade)) errors.push(`${m.slug}: bad Vidensportal grade ${grade}`);
        }
        if (Object.keys(r.dimensions).length !== 5) errors.push(`${m.slug}: Vidensportal needs five dimensions`);
      } else if (!VALID_VALUES[r.scheme].includes(r.value)) {
        errors.push(`${m.slug}: ${r.scheme} value ${r.value}`);
      }
    }
  }
  return errors;
}

function consistencyErrors(content: DemoContent): string[] {
  const errors: string[] = [];
  const sortedWithin = (starts: number[], duration: number): boolean =>
    starts.every((s, i) => s >= 0 && s < duration && (i === 0 || s > (starts[i - 1] as number)));
  for (const t of content.talks) {
    if (
      !sortedWithin(
        t.chapters.map((c) => c.startSeconds),
        t.durationSeconds,
      )
    )
      errors.push(`${t.slug}: chapters`);
    if (
      !sortedWithin(
        t.transcript.map((s) => s.startSeconds),
        t.durationSeconds,
      )
    )
      errors.push(`${t.slug}: transcript`);
  }
  const eventStart = new Map(content.events.map((e) => [e.slug, e.startsAt]));
  for (const r of content.reports) {
    const start = r.event ? eventStart.get(r.event) : undefined;
    if (start && !(r.publishedOn < start.slice(0, 10))) errors.push(`${r.slug}: published ${r.publishedOn} ≥ ${start}`);
  }
  for (const e of content.events) {
    if (!(Date.parse(e.startsAt) < Date.parse(e.endsAt))) errors.push(`${e.slug}: ends first`);
  }
  for (const x of [...content.methods, ...content.cases]) {
    if (x.ageMin !== undefined && x.ageMax !== undefined && x.ageMin > x.ageMax) errors.push(`${x.slug}: ages`);
  }
  return errors;
}

/** Every string anywhere in the content. */
function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

describe('curated demo content', () => {
  const c = demoContent;

  it('has the required amounts', () => {
    expect(c.organisations.length).toBeGreaterThanOrEqual(14);
    expect(c.topics.length).toBeGreaterThanOrEqual(15);
    expect(c.methods.length).toBeGreaterThanOrEqual(15);
    expect(c.studies.length).toBeGreaterThanOrEqual(20);
    expect(c.cases.length).toBeGreaterThanOrEqual(22);
    expect(c.events).toHaveLength(2);
    expect(c.workshops.length).toBeGreaterThanOrEqual(4);
    expect(c.reports).toHaveLength(2);
  });

  it('represents every organisation kind, with fictional municipalities and sensible memberships', () => {
    expect(new Set(c.organisations.map((o) => o.kind)).size).toBe(10);
    for (const o of c.organisations.filter((o) => o.kind === 'MUNICIPALITY')) expect(o.isExample).toBe(true);
    for (const o of c.organisations) {
      expect(o.memberships.map((m) => m.year).sort()).toEqual([2025, 2026]);
      for (const m of o.memberships) expect(m.feeDkk).toBe(5000);
    }
    const lapsed = c.organisations.filter((o) => o.memberships.some((m) => m.year === 2026 && m.status === 'LAPSED'));
    expect(lapsed.length).toBeGreaterThanOrEqual(2);
    expect(lapsed.length).toBeLessThan(c.organisations.length / 2);
  });

  it('has a topic tree of two to three levels', () => {
    const parent = new Map(c.topics.map((t) => [t.slug, t.parent]));
    const depth = (slug: string): number => {
      const p = parent.get(slug);
      return p ? 1 + depth(p) : 0;
    };
    const depths = c.topics.map((t) => depth(t.slug));
    expect(Math.max(...depths)).toBe(2);
    expect(depths.filter((d) => d === 0).length).toBeGreaterThanOrEqual(4);
  });

  it('rates methods on several schemes with a spread of strengths', () => {
    const multi = c.methods.filter((m) => new Set(m.ratings.map((r) => r.scheme)).size >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(6);
    for (const m of c.methods) expect(m.ratings.length).toBeGreaterThanOrEqual(1);
    for (const m of c.methods) expect(m.ratings.length).toBeLessThanOrEqual(4);
    const own = new Set(
      c.methods.flatMap((m) => m.ratings.flatMap((r) => (r.scheme === 'VIDENSBRO' ? [r.value] : []))),
    );
    expect(own).toEqual(new Set(['STRONG', 'MODERATE', 'PROMISING', 'INSUFFICIENT']));
    for (const r of c.methods.flatMap((m) => m.ratings)) {
      if (r.scheme !== 'VIDENSBRO') expect(r.note).toMatch(/Eksempelvurdering/);
    }
  });

  it('marks fictional studies clearly and never invents links for them', () => {
    for (const s of c.studies.filter((s) => s.isExample)) {
      // Fictional by name ("Fiktivt Forskningscenter"); the page marks it with the Demo badge (isExample).
      expect(s.publisher).toMatch(/^Fiktiv/);
      for (const a of s.authors) expect(a.startsWith('Eksempelforfatter')).toBe(true);
      expect(s.url).toBeUndefined();
    }
  });

  it('mixes case visibility and marks cases as examples', () => {
    const count = (v: string): number => c.cases.filter((x) => x.visibility === v).length;
    expect(count('PUBLIC')).toBeGreaterThan(c.cases.length / 2);
    expect(count('MEMBERS')).toBeGreaterThanOrEqual(2);
    expect(count('ORGANISATION')).toBe(2);
    for (const x of c.cases) {
      expect(x.isExample).toBe(true);
      expect(x.methods.length).toBeGreaterThanOrEqual(1);
      expect(x.topics.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('has one past and one upcoming meeting with the right talks and reports', () => {
    const [past, upcoming] = [...c.events].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    expect(past && past.startsAt.slice(0, 10) < TODAY).toBe(true);
    expect(upcoming && upcoming.startsAt.slice(0, 10) > TODAY).toBe(true);
    expect(c.talks.filter((t) => t.event === upcoming?.slug)).toHaveLength(3);
    expect(c.talks.filter((t) => t.event === past?.slug)).toHaveLength(2);
    expect(new Set(c.reports.map((r) => r.event))).toEqual(new Set(c.events.map((e) => e.slug)));
    for (const w of c.workshops) expect(w.talk).toBeDefined();
  });

  it('marks its fictional meetings and workshops as examples, and names people by name only', () => {
    for (const e of [...c.events, ...c.workshops]) expect(e.isExample).toBe(true);
    for (const w of c.workshops) expect(w.facilitator ?? '').not.toMatch(/eksempel/i);
  });

  it('has talks by example speakers with chapters and transcripts', () => {
    for (const t of c.talks) {
      expect(t.isExample).toBe(true);
      expect(t.chapters.length).toBeGreaterThanOrEqual(4);
      expect(t.chapters.length).toBeLessThanOrEqual(7);
      expect(t.transcript.length).toBeGreaterThanOrEqual(8);
      expect(t.transcript.length).toBeLessThanOrEqual(15);
      expect(t.durationSeconds).toBeGreaterThanOrEqual(1500);
      expect(t.durationSeconds).toBeLessThanOrEqual(2700);
      // A person's name is only their name: the talk's Demo badge (isExample) says they are fictional.
      for (const s of t.speakers) expect(s.name).not.toMatch(/eksempel/i);
      // Every demo video is a file we made and ship (scripts/make-demo-media.sh), as long as its talk.
      if (t.videoFile !== undefined) {
        expect(t.videoFile).toMatch(/^[a-z0-9-]+\.mp4$/);
        expect(existsSync(new URL(`./media/${t.videoFile}`, import.meta.url))).toBe(true);
      }
    }
  });

  it('has unique, well-formed slugs', () => {
    expect(slugErrors(c)).toEqual([]);
  });

  it('resolves every reference', () => {
    expect(referenceErrors(c)).toEqual([]);
  });

  it('uses valid rating values per scheme', () => {
    expect(ratingErrors(c)).toEqual([]);
  });

  it('publishes reports before their event and keeps timings and ages consistent', () => {
    expect(consistencyErrors(c)).toEqual([]);
  });

  it('has validators that actually catch broken content', () => {
    const broken = structuredClone(c);
    (broken.cases[0] as { methods: string[] }).methods = ['missing-method'];
    (broken.reports[0] as { publishedOn: string }).publishedOn = '2099-01-01';
    (broken.methods[0] as { ratings: unknown[] }).ratings = [
      { scheme: 'CEBC', value: '9', ratedOn: '2024-01-01', source: 'x' },
    ];
    (broken.topics[1] as { slug: string }).slug = (broken.topics[0] as { slug: string }).slug;
    expect(referenceErrors(broken).some((e) => e.includes('missing-method'))).toBe(true);
    expect(consistencyErrors(broken).length).toBeGreaterThan(0);
    expect(ratingErrors(broken).length).toBeGreaterThan(0);
    expect(slugErrors(broken).some((e) => e.includes('duplicate'))).toBe(true);
    expect(allStrings({ text: 'CPR 010203-1234' }).filter((t) => CPR.test(t))).toHaveLength(1);
  });

  it('contains nothing that looks like a CPR number', () => {
    expect(allStrings(c).filter((s) => CPR.test(s))).toEqual([]);
  });
});

describe('generateContent', () => {
  it('is deterministic', () => {
    expect(generateContent({ cases: 500, seed: 7 })).toEqual(generateContent({ cases: 500, seed: 7 }));
    expect(generateContent({ cases: 200 })).toEqual(generateContent({ cases: 200 }));
    expect(generateContent({ cases: 200, seed: 1 })).not.toEqual(generateContent({ cases: 200, seed: 2 }));
  });

  it('produces valid content with sensible defaults', () => {
    const g = generateContent({ cases: 500 });
    expect(g.cases).toHaveLength(500);
    expect(g.methods).toHaveLength(25);
    expect(g.studies).toHaveLength(50);
    expect(g.organisations).toHaveLength(20);
    expect(g.topics).toHaveLength(30);
    expect(g.events.length).toBeGreaterThanOrEqual(2);
    expect(slugErrors(g)).toEqual([]);
    for (const rows of Object.values(g) as { slug: string }[][]) {
      for (const row of rows) expect(row.slug.startsWith('gen-')).toBe(true);
    }
    expect(referenceErrors(g)).toEqual([]);
    expect(ratingErrors(g)).toEqual([]);
    expect(consistencyErrors(g)).toEqual([]);
    expect(allStrings(g).filter((s) => CPR.test(s))).toEqual([]);
  });

  it('honours explicit counts, including tiny ones', () => {
    const g = generateContent({
      cases: 0,
      methods: 3,
      studies: 2,
      organisations: 1,
      topics: 1,
      seed: 3,
    });
    expect([g.cases.length, g.methods.length, g.studies.length, g.organisations.length, g.topics.length]).toEqual([
      0, 3, 2, 1, 1,
    ]);
    expect(referenceErrors(g)).toEqual([]);
  });

  it('generates 100,000 cases', { timeout: 120_000 }, () => {
    const g = generateContent({ cases: 100_000 });
    expect(g.cases).toHaveLength(100_000);
    expect(g.methods).toHaveLength(5000);
    expect(g.organisations).toHaveLength(200);
    expect(referenceErrors(g)).toEqual([]);
  });
});
