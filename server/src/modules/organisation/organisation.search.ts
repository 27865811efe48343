import type { EntityManager } from '@mikro-orm/postgresql';
import { Visibility } from '../content/content.enums.js';
import { epoch, readRows, type DocumentParts } from '../../search/documents/assemble.js';
import type { SearchSource } from '../../search/documents/registry.js';
import { Organisation } from './organisation.entity.js';

interface Row {
  id: string;
  name: string;
  description: string;
  city: string | null;
  kind: string;
  date: number;
}

const SQL = `select o.id, o.name, o.description, o.city, o.kind, ${epoch('o.created_at')} as date
  from organisation o
  where o.id in (?)`;

/** Organisations are public and published: anyone may find them. */
async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  return (await readRows<Row>(em, SQL, ids)).map((row) => ({
    id: row.id,
    title: row.name,
    summary: row.description,
    place: row.city ? [row.city] : [],
    organisationKind: row.kind,
    year: null,
    access: { visibility: Visibility.PUBLIC, published: true, organisationId: null },
    date: row.date,
  }));
}

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    Organisation: Organisation;
  }
}

/** The Organisation search type, listed under `search` in organisation.module.ts. */
export const organisationSearch: SearchSource<'Organisation'> = {
  type: 'Organisation',
  entity: Organisation,
  description: 'Organisations in the forum.',
  table: 'organisation',
  load,
  // Organisations are public: anyone may find them.
  readable: () => ({}),
};
