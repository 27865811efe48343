import { describe, expect, it } from 'vitest';
import { searchRegistry } from '../search/documents/registry.js';
import { Case } from './case/case.entity.js';
import { contentTypes, defineModule } from './module.js';
import { collectNodeLoaders, domainEntities, domainModules, nodeLoaders } from './registry.js';

describe('module registry', () => {
  it('gives every content type a node loader through the read rule, beside the declared ones', () => {
    for (const type of ['Case', 'Method', 'Study', 'Event', 'Workshop', 'Talk', 'Report', 'Thread', 'Member'])
      expect(nodeLoaders.has(type), type).toBe(true);
    expect(new Set(domainModules.map((module) => module.name)).size).toBe(domainModules.length);
  });

  it('refuses a node type or entity two modules declare, naming both', () => {
    const load = () => Promise.resolve(null);
    const a = defineModule({ name: 'a', nodes: { Thing: load } });
    const b = defineModule({ name: 'b', nodes: { Thing: load } });
    expect(() => collectNodeLoaders([a, b])).toThrow('The node type Thing is declared by both modules a and b.');
    expect(() =>
      collectNodeLoaders([
        defineModule({ name: 'c', entities: [Case] }),
        defineModule({ name: 'd', entities: [Case] }),
      ]),
    ).toThrow('The entity Case is declared by both modules c and d.');
  });

  it('makes every content type searchable, and every search type a node of a listed entity', () => {
    const types = searchRegistry.types();
    // What the knowledge base publishes is what search finds: a new content type declares its search source.
    expect([...contentTypes().keys()].filter((type) => !types.includes(type as never))).toEqual([]);
    for (const type of types) {
      const { entity } = searchRegistry.source(type);
      expect(domainEntities, type).toContain(entity);
      // Hits load as nodes (and clients refetch them by id), through the type's own read rule.
      expect(nodeLoaders.has(type), type).toBe(true);
    }
  });
});
