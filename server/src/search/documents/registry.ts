import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../modules/auth/viewer.js';
import type { DocumentParts } from './assemble.js';

/**
 * The search types: GraphQL type name → entity. Empty here: each module that owns a searchable type adds it from
 * its `<name>.search.ts` by declaration merging
 * (`declare module '…/search/documents/registry.js' { interface SearchTypeRegistry { Case: Case } }`), so
 * `SearchTypeName` stays a precise union of literals although search lists no type of its own.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface SearchTypeRegistry {}

/** A type search finds, by its GraphQL type name. */
export type SearchTypeName = Extract<keyof SearchTypeRegistry, string>;

/** What a hit loads as: the entity of any search type. */
export type SearchHit = SearchTypeRegistry[SearchTypeName];

/** An entity class (a search type's, or a row some documents show): what the ORM flushes and loads. */
type EntityType<T = object> = abstract new () => T;

/**
 * A searchable type, declared in its module's `<name>.search.ts` and listed in its `<domain>.module.ts` under
 * `search`: how its documents are built, what a hit hydrates to and how it is named in GraphQL.
 */
export interface SearchSource<T extends SearchTypeName = SearchTypeName> {
  type: T;
  /** The entity a hit loads as (and whose flushes queue the document); its class name is `type`. */
  entity: EntityType<SearchTypeRegistry[T]> & { name: string };
  /** The `SearchType` enum value's description in the schema. */
  description: string;
  /** The table of its rows, for walking every row when reindexing. */
  table: string;
  /** Reads what the documents of a batch of rows show, in a fixed number of set-based statements. */
  load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]>;
  /** Its read rule as a filter: hits are hydrated through it, so search shows only what the viewer may read. */
  readable(viewer: Viewer): FilterQuery<object>;
  /**
   * Whether documents of other types show its rows (a case shows its methods' names): a change then re-indexes
   * them too. Default true; false where nothing shows it, saving the look-up.
   */
  shownInOthers?: boolean;
}

/**
 * A row that is not a search document itself but that documents show. With `parent`, a change to it re-indexes
 * that one document (a rating is shown in its method's); without, it is queued as itself and the indexer
 * re-indexes every document that shows it (a topic's name is in every document filed under it).
 */
export interface SearchFeed<T = object> {
  entity: EntityType<T> & { name: string };
  parent?: (row: T) => { type: SearchTypeName; id: string };
  /** The properties documents show: an update that changes none of them queues nothing. Default: all. */
  shownProperties?: readonly string[];
}

/**
 * Declares a row documents show, typed by its entity. The registry looks a feed up by the class name of a flushed
 * row, so `parent` is only ever called with an instance of `entity`: the one narrowing here is that.
 */
export function searchFeed<T extends object>(feed: SearchFeed<T>): SearchFeed {
  const { parent } = feed;
  return { ...feed, parent: parent && ((row) => parent(row as T)) };
}

/**
 * The search types and feeds of all modules, recorded by `defineModule` as each module is defined (search imports
 * no module's entities). Read only once the modules are loaded: `modules/registry.ts` seals it after loading them,
 * and a read before that throws instead of answering with some of the types.
 */
export class SearchRegistry {
  private readonly sources = new Map<string, { source: SearchSource; module: string }>();
  private readonly feeds = new Map<string, { feed: SearchFeed; module: string }>();
  private sealed = false;
  private sorted: readonly SearchTypeName[] = [];
  private readonly waiting: (() => void)[] = [];

  /** Records one module's declarations; a type or feed another module declared is a wiring mistake. */
  add(module: string, sources: readonly SearchSource[], feeds: readonly SearchFeed[] = []): void {
    if (sources.length + feeds.length === 0) return;
    if (this.sealed) throw new Error(`The search registry is sealed; module ${module} is defined too late.`);
    for (const source of sources) {
      if (source.entity.name !== source.type)
        throw new Error(`The search type ${source.type} of module ${module} hydrates as ${source.entity.name}.`);
      const earlier = this.sources.get(source.type) ?? this.feeds.get(source.type);
      if (earlier)
        throw new Error(`The search type ${source.type} is declared by both modules ${earlier.module} and ${module}.`);
      this.sources.set(source.type, { source, module });
    }
    for (const feed of feeds) {
      const name = feed.entity.name;
      const earlier = this.sources.get(name) ?? this.feeds.get(name);
      if (earlier)
        throw new Error(`The search feed ${name} is declared by both modules ${earlier.module} and ${module}.`);
      this.feeds.set(name, { feed, module });
    }
  }

  /** Called once every module is defined; from then on the registry answers. */
  seal(): void {
    this.sealed = true;
    // By name, as the schema prints them: the order does not depend on the order of modules/index.ts.
    this.sorted = ([...this.sources.keys()] as SearchTypeName[]).sort();
    for (const callback of this.waiting.splice(0)) callback();
  }

  /**
   * Runs `callback` once every module is defined (at once, if they are): for what is built from all search types
   * but defined by a module that may load before the others (the `SearchType` enum).
   */
  whenSealed(callback: () => void): void {
    if (this.sealed) callback();
    else this.waiting.push(callback);
  }

  private ready(): void {
    if (!this.sealed)
      throw new Error('The search registry is read before the modules are loaded (modules/registry.ts).');
  }

  /** Every search type, by name. */
  types(): readonly SearchTypeName[] {
    this.ready();
    return this.sorted;
  }

  isType(type: string): type is SearchTypeName {
    this.ready();
    return this.sources.has(type);
  }

  source<T extends SearchTypeName>(type: T): SearchSource<T> {
    this.ready();
    const found = this.sources.get(type);
    if (!found) throw new Error(`${type} is not a search type.`);
    return found.source as SearchSource<T>;
  }

  /** The feed of an entity class by its name, if documents show its rows. */
  feed(entity: string): SearchFeed | undefined {
    this.ready();
    return this.feeds.get(entity)?.feed;
  }

  /** Whether a change of this type is queued under its own name: a search type, or a row shown without a parent. */
  queuedAsItself(type: string): boolean {
    this.ready();
    return this.sources.has(type) || (this.feeds.has(type) && !this.feeds.get(type)?.feed.parent);
  }

  /** Whether a change of this type ("Topic", "Method" …) can change documents of other rows. */
  shownInOthers(type: string): boolean {
    this.ready();
    const feed = this.feeds.get(type)?.feed;
    if (feed) return !feed.parent;
    const source = this.sources.get(type)?.source;
    return source ? (source.shownInOthers ?? true) : false;
  }
}

export const searchRegistry = new SearchRegistry();
