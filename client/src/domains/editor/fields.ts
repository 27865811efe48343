import type { UserErrorLike } from '../../components/userErrors';

/**
 * The editor forms are described, not hand-written: each content type lists its fields once, and these pure
 * functions turn an API node into form values, form values into a mutation input, and the API's user errors
 * (paths like "input.title" or "input.chapters.2.title") back onto the fields they belong to.
 */

/** Where a reference field gets its choices from (each is one small list query, loaded on demand). */
export type OptionSource = 'topics' | 'organisations' | 'methods' | 'studies' | 'events' | 'talks' | 'cases';

/** Enums whose values are named in the interface dictionaries (terms-da/en) or the editor's own texts. */
export type EnumSource =
  'targetGroup' | 'design' | 'eventKind' | 'visibility' | 'scheme' | 'grade' | 'setting' | 'costUnit';

export type FieldKind =
  /** One line of text. */
  | 'text'
  /** A web address (http or https). */
  | 'url'
  /** Longer text in Markdown. */
  | 'markdown'
  /** A whole number. */
  | 'int'
  /** YYYY-MM-DD. */
  | 'date'
  /** A local date and time, sent as an ISO instant. */
  | 'datetime'
  /** One value of an enum, as a select. */
  | 'enum'
  /** Any values of an enum, as checkboxes. */
  | 'enums'
  /** One node from a list, as a select (empty detaches it). */
  | 'ref'
  /** Any nodes from a list, as a multi-select. */
  | 'refs'
  /** One string per line (e.g. authors). */
  | 'lines'
  /** "name – title" per line. */
  | 'speakers'
  /** "m:ss title" per line: chapters, or transcript segments. */
  | 'timed'
  /** The five Vidensportal grades. */
  | 'grades'
  /** "name | link | note" per line: a method's providers or municipalities. */
  | 'parties';

export interface FieldDescriptor<N extends string = string> {
  name: N;
  kind: FieldKind;
  required?: boolean;
  /** The text is Danish content (marked lang="da"), not interface text. */
  content?: boolean;
  enum?: EnumSource;
  /** The enum's values in the order offered. */
  values?: readonly string[];
  options?: OptionSource;
  /** For `timed`: the key the line's text goes to ("title" for chapters, "text" for transcripts). */
  textKey?: 'title' | 'text';
  /** Only shown (and sent) when this returns true for the current values. */
  when?: (values: FormValues) => boolean;
  /** Sent on create only (e.g. a case's organisation is fixed once proposed). */
  createOnly?: boolean;
  /** What a new item starts with (the API's own default, shown so the editor sees the choice). */
  initial?: string;
}

export type Grades = Record<'targetGroup' | 'method' | 'implementation' | 'effect' | 'economy', string>;
export const GRADE_KEYS = ['targetGroup', 'method', 'implementation', 'effect', 'economy'] as const;

export type FormValue = string | string[] | Grades;
export type FormValues = Record<string, FormValue>;

const emptyGrades = (): Grades => ({ targetGroup: '', method: '', implementation: '', effect: '', economy: '' });

export function emptyValue(field: FieldDescriptor): FormValue {
  if (field.kind === 'enums' || field.kind === 'refs') return [];
  if (field.kind === 'grades') return emptyGrades();
  return '';
}

function startValue(field: FieldDescriptor): FormValue {
  return field.initial ?? emptyValue(field);
}

/** "83" → "1:23"; an hour or more as "1:02:03". */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** "1:23" → 83, "1:02:03" → 3723, "45" → 45; undefined when it is not a time. */
export function parseSeconds(text: string): number | undefined {
  if (!/^\d+(:\d{1,2}){0,2}$/.test(text)) return undefined;
  return text.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

/** A local "YYYY-MM-DDTHH:mm" for a datetime-local input, from an ISO instant. */
export function toLocalDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

type Row = { startSeconds: number } & Record<string, unknown>;

/** The node's value for one field, as the form holds it. */
export function readValue(field: FieldDescriptor, node: Record<string, unknown>): FormValue {
  const raw = node[field.name];
  if (raw === null || raw === undefined) return emptyValue(field);
  switch (field.kind) {
    case 'int':
      return typeof raw === 'number' ? String(raw) : '';
    case 'datetime':
      return toLocalDateTime(raw as string);
    case 'enums':
      return [...(raw as string[])];
    case 'ref':
      return (raw as { id: string }).id;
    case 'refs':
      return (raw as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    case 'lines':
      return (raw as string[]).join('\n');
    case 'speakers':
      return (raw as { name: string; title: string }[])
        .map((s) => (s.title ? `${s.name} – ${s.title}` : s.name))
        .join('\n');
    case 'timed':
      return (raw as Row[])
        .map((row) => `${formatSeconds(row.startSeconds)} ${String(row[field.textKey ?? 'title'])}`)
        .join('\n');
    case 'parties':
      return (raw as { nodes: { name: string; url?: string | null; note?: string | null }[] }).nodes
        .map((p) => [p.name, p.url ?? '', p.note ?? ''].join(' | ').replace(/( \| )+$/, ''))
        .join('\n');
    case 'grades': {
      // Only the five grades: the API's object also carries __typename, which an input must not.
      const grades = raw as Partial<Grades>;
      return Object.fromEntries(GRADE_KEYS.map((k) => [k, grades[k] ?? ''])) as Grades;
    }
    default:
      return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  }
}

export function readValues(fields: readonly FieldDescriptor[], node?: Record<string, unknown>): FormValues {
  return Object.fromEntries(fields.map((f) => [f.name, node ? readValue(f, node) : startValue(f)]));
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A field's value is missing when nothing was typed or chosen. */
export function isBlank(value: FormValue): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return GRADE_KEYS.every((k) => !value[k]);
}

export class FieldProblem extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
  ) {
    super(`${field}: ${code}`);
  }
}

/** The input value for one field; throws FieldProblem for text the form can tell is wrong (e.g. "1:xx Intro"). */
export function inputValue(field: FieldDescriptor, value: FormValue): unknown {
  if (isBlank(value)) return ['enums', 'refs', 'parties'].includes(field.kind) ? [] : null;
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'int': {
      const n = Number(text.trim());
      if (!Number.isInteger(n)) throw new FieldProblem(field.name, 'INVALID');
      return n;
    }
    case 'datetime': {
      const d = new Date(text);
      if (Number.isNaN(d.getTime())) throw new FieldProblem(field.name, 'INVALID');
      return d.toISOString();
    }
    case 'enums':
    case 'refs':
      return value;
    case 'lines':
      return lines(text);
    case 'speakers':
      return lines(text).map((line) => {
        const [name = '', ...title] = line.split(/\s+[–—-]\s+/);
        return { name: name.trim(), title: title.join(' – ').trim() };
      });
    case 'timed':
      return lines(text).map((line) => {
        const match = /^(\S+)\s+(.+)$/.exec(line);
        const [, time = '', rest = ''] = match ?? [];
        const seconds = parseSeconds(time);
        if (seconds === undefined || !rest) throw new FieldProblem(field.name, 'INVALID_TIME');
        return { startSeconds: seconds, [field.textKey ?? 'title']: rest.trim() };
      });
    case 'parties':
      // No `organisation`: the API keeps the link of an entry with the same name (see MethodPartyInput).
      return lines(text).map((line) => {
        const [name = '', url = '', ...note] = line.split('|').map((part) => part.trim());
        return { name, url: url || null, note: note.join(' | ') || null };
      });
    case 'grades':
      return value;
    case 'markdown':
      return text;
    default:
      return text.trim();
  }
}

/**
 * The mutation input from the form. On create, empty fields are left out (the API's defaults apply); on update
 * every shown field is sent, empty ones as null so clearing a field clears it. A blank slug is never sent: the
 * API makes one from the title.
 */
export function toInput(
  fields: readonly FieldDescriptor[],
  values: FormValues,
  mode: 'create' | 'update',
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.when && !field.when(values)) continue;
    if (mode === 'update' && field.createOnly) continue;
    const value = values[field.name] ?? emptyValue(field);
    if (isBlank(value) && (mode === 'create' || field.name === 'slug' || field.required)) continue;
    input[field.name] = inputValue(field, value);
  }
  return input;
}

/** The required fields left empty, as the errors the API would give, so the form can stop before sending. */
export function missingRequired(
  fields: readonly FieldDescriptor[],
  values: FormValues,
  mode: 'create' | 'update',
): UserErrorLike[] {
  return fields
    .filter((f) => f.required && (!f.when || f.when(values)) && !(mode === 'update' && f.createOnly))
    .filter((f) => isBlank(values[f.name] ?? emptyValue(f)))
    .map((f) => ({ field: `input.${f.name}`, code: 'REQUIRED', message: '' }));
}

/**
 * Which form field an API error belongs to: "input.title" → "title", "input.chapters.2.title" → "chapters",
 * "title" → "title". Undefined when it names no field of this form (the error summary still shows it).
 */
export function fieldOf(error: UserErrorLike, names: readonly string[]): string | undefined {
  if (!error.field) return undefined;
  const parts = error.field.split('.');
  const start = parts[0] === 'input' ? 1 : 0;
  const name = parts[start];
  return name !== undefined && names.includes(name) ? name : undefined;
}

/** Errors grouped by field; errors for no field of the form under "". */
export function errorsByField(
  errors: readonly UserErrorLike[],
  names: readonly string[],
): Map<string, UserErrorLike[]> {
  const out = new Map<string, UserErrorLike[]>();
  for (const error of errors) {
    const key = fieldOf(error, names) ?? '';
    out.set(key, [...(out.get(key) ?? []), error]);
  }
  return out;
}
