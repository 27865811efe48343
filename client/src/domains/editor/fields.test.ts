import { describe, expect, it } from 'vitest';
import {
  FieldProblem,
  errorsByField,
  fieldOf,
  inputValue,
  readValue,
  formatSeconds,
  missingRequired,
  parseSeconds,
  readValues,
  toInput,
  type FieldDescriptor,
} from './fields';
import { TYPES } from './registry';
import { ratingFields } from './types';

const fields: FieldDescriptor[] = [
  { name: 'title', kind: 'text', required: true },
  { name: 'year', kind: 'int' },
  { name: 'body', kind: 'markdown' },
  { name: 'topics', kind: 'refs', options: 'topics' },
  { name: 'event', kind: 'ref', options: 'events' },
  { name: 'authors', kind: 'lines' },
  { name: 'chapters', kind: 'timed', textKey: 'title' },
  { name: 'slug', kind: 'text' },
];

describe('reading a node into form values', () => {
  it('turns numbers, references, lists and timed rows into what the inputs hold', () => {
    const values = readValues(fields, {
      title: 'KEEP',
      year: 2024,
      topics: { nodes: [{ id: 'T1' }, { id: 'T2' }] },
      event: { id: 'E1' },
      authors: ['Chamberlain, P.', 'Price, J.'],
      chapters: [
        { startSeconds: 0, title: 'Velkomst' },
        { startSeconds: 83, title: 'Erfaringer' },
      ],
      body: null,
    });
    expect(values).toEqual({
      title: 'KEEP',
      year: '2024',
      body: '',
      topics: ['T1', 'T2'],
      event: 'E1',
      authors: 'Chamberlain, P.\nPrice, J.',
      chapters: '0:00 Velkomst\n1:23 Erfaringer',
      slug: '',
    });
  });

  it('starts empty for a new item, except where the API has a default to show', () => {
    expect(readValues(fields)).toMatchObject({ title: '', topics: [], event: '' });
    expect(readValues(TYPES.case.fields).visibility).toBe('MEMBERS');
    expect(readValues(TYPES.method.fields).visibility).toBe('PUBLIC');
  });
});

describe('form values to a mutation input', () => {
  const values = {
    title: '  KEEP  ',
    year: '2024',
    body: '',
    topics: [],
    event: '',
    authors: 'A\n\n B ',
    chapters: '0:00 Velkomst\n1:02:03 Slut',
    slug: '',
  };

  it('leaves empty fields out on create, so the API defaults apply', () => {
    expect(toInput(fields, values, 'create')).toEqual({
      title: 'KEEP',
      year: 2024,
      authors: ['A', 'B'],
      chapters: [
        { startSeconds: 0, title: 'Velkomst' },
        { startSeconds: 3723, title: 'Slut' },
      ],
    });
  });

  it('sends cleared fields as null (or an empty list) on update, but never a blank slug', () => {
    const input = toInput(fields, values, 'update');
    expect(input).toMatchObject({ body: null, topics: [], event: null });
    expect(input).not.toHaveProperty('slug');
  });

  it('refuses a chapter line without a time', () => {
    expect(() => toInput(fields, { ...values, chapters: 'Velkomst' }, 'create')).toThrow(FieldProblem);
  });

  it('sends datetimes as ISO instants and leaves hidden fields out', () => {
    const when: FieldDescriptor[] = [
      { name: 'startsAt', kind: 'datetime' },
      { name: 'value', kind: 'text', when: (v) => v.scheme !== 'VIDENSPORTAL' },
      { name: 'scheme', kind: 'enum' },
    ];
    const input = toInput(when, { startsAt: '2027-03-01T09:30', value: '2', scheme: 'VIDENSPORTAL' }, 'create');
    expect(input).toEqual({ startsAt: new Date('2027-03-01T09:30').toISOString(), scheme: 'VIDENSPORTAL' });
  });

  it('names the required fields left empty with the input paths the API uses', () => {
    expect(missingRequired(fields, { ...values, title: ' ' }, 'create')).toEqual([
      { field: 'input.title', code: 'REQUIRED', message: '' },
    ]);
  });
});

describe('user errors onto fields', () => {
  const names = ['title', 'chapters'];
  it('maps input paths, nested paths and bare names to the field', () => {
    expect(fieldOf({ field: 'input.title', code: 'REQUIRED', message: '' }, names)).toBe('title');
    expect(fieldOf({ field: 'input.chapters.2.title', code: 'INVALID', message: '' }, names)).toBe('chapters');
    expect(fieldOf({ field: 'title', code: 'TAKEN', message: '' }, names)).toBe('title');
    expect(fieldOf({ field: 'input.owner', code: 'INVALID', message: '' }, names)).toBeUndefined();
    expect(fieldOf({ field: null, code: 'FORBIDDEN', message: '' }, names)).toBeUndefined();
  });

  it('groups errors, with the ones for no field under ""', () => {
    const grouped = errorsByField(
      [
        { field: 'input.title', code: 'REQUIRED', message: '' },
        { field: 'id', code: 'NOT_FOUND', message: '' },
      ],
      names,
    );
    expect(grouped.get('title')).toHaveLength(1);
    expect(grouped.get('')).toHaveLength(1);
  });
});

describe('times', () => {
  it('formats and parses m:ss and h:mm:ss', () => {
    expect(formatSeconds(83)).toBe('1:23');
    expect(formatSeconds(3723)).toBe('1:02:03');
    expect(parseSeconds('1:23')).toBe(83);
    expect(parseSeconds('1:02:03')).toBe(3723);
    expect(parseSeconds('45')).toBe(45);
    expect(parseSeconds('1:xx')).toBeUndefined();
  });
});

describe('the content types', () => {
  it('every type has its title field and a unique field list', () => {
    for (const config of Object.values(TYPES)) {
      const names = config.fields.map((f) => f.name);
      expect(names).toContain(config.titleField);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("reads a rating's grades without the API's __typename", () => {
    const values = readValues(ratingFields, {
      scheme: 'VIDENSPORTAL',
      dimensions: {
        __typename: 'VidensportalDimensions',
        targetGroup: 'A',
        method: 'B',
        implementation: 'C',
        effect: 'D',
        economy: 'A',
      },
    });
    expect(values.dimensions).toEqual({
      targetGroup: 'A',
      method: 'B',
      implementation: 'C',
      effect: 'D',
      economy: 'A',
    });
  });

  it('a Vidensportal rating sends the five grades instead of a value', () => {
    const input = toInput(
      ratingFields,
      {
        scheme: 'VIDENSPORTAL',
        value: '',
        dimensions: { targetGroup: 'A', method: 'B', implementation: 'B', effect: 'C', economy: 'D' },
        ratedOn: '2025-01-02',
        source: 'Vidensportalen',
        study: '',
        note: '',
      },
      'create',
    );
    expect(input).toEqual({
      scheme: 'VIDENSPORTAL',
      dimensions: { targetGroup: 'A', method: 'B', implementation: 'B', effect: 'C', economy: 'D' },
      ratedOn: '2025-01-02',
      source: 'Vidensportalen',
    });
  });
});

describe('providers and municipalities as lines', () => {
  const field: FieldDescriptor = { name: 'providers', kind: 'parties' };

  it('shows each as "name | link | note" and sends them back without an organisation', () => {
    const node = {
      providers: {
        nodes: [
          { name: 'Center Øst', url: 'https://center.example', note: 'Kurser' },
          { name: 'Fjordby Kommune', url: null, note: null },
        ],
      },
    };
    const text = readValue(field, node);
    expect(text).toBe('Center Øst | https://center.example | Kurser\nFjordby Kommune');
    expect(inputValue(field, `${text as string}\n\n  Ny | | Siden 2020 | igen `)).toEqual([
      { name: 'Center Øst', url: 'https://center.example', note: 'Kurser' },
      { name: 'Fjordby Kommune', url: null, note: null },
      { name: 'Ny', url: null, note: 'Siden 2020 | igen' },
    ]);
  });

  it('clears the list when the field is emptied', () => {
    expect(inputValue(field, '  ')).toEqual([]);
  });
});
