import { flatten, type BaseRecordDict } from '@solid-primitives/i18n';
import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';
import type { Namespace } from './index';

/** Every namespace a module in this folder defines (found, not listed, so a new one cannot be forgotten). */
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });
const namespaces = Object.values(modules)
  .flatMap((exports) => Object.values(exports))
  .filter((value): value is Namespace => {
    const ns = value as Partial<Namespace> | null;
    return typeof ns?.name === 'string' && typeof ns.da === 'object' && typeof ns.en === 'function';
  });

describe('dictionaries', () => {
  it('have the same keys in Danish and English in every namespace, and no empty texts', async () => {
    expect(namespaces.length).toBeGreaterThan(0);
    const pairs: [string, BaseRecordDict, BaseRecordDict][] = [['core', da, en]];
    for (const ns of namespaces) pairs.push([ns.name, ns.da, await ns.en()]);
    for (const [name, daDict, enDict] of pairs) {
      const daFlat = flatten(daDict);
      const enFlat = flatten(enDict);
      expect(Object.keys(enFlat).sort(), name).toEqual(Object.keys(daFlat).sort());
      for (const [key, value] of [...Object.entries(daFlat), ...Object.entries(enFlat)]) {
        if (typeof value === 'string') expect(value, `${name} ${key}`).not.toBe('');
      }
    }
  });

  it('give every namespace a prefix of its own', () => {
    const names = namespaces.map((ns) => ns.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(Object.keys(da), name).not.toContain(name);
  });
});
