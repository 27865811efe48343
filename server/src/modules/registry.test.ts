import { describe, expect, it } from 'vitest';
import { Case } from './case/case.entity.js';
import { defineModule } from './module.js';
import { collectNodeLoaders, domainModules, nodeLoaders } from './registry.js';

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
});
