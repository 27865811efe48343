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

/** The client's code, without the dictionaries themselves, tests and generated documents. */
const sources = import.meta.glob<string>(
  [
    '../**/*.{ts,tsx}',
    '!../**/*.test.{ts,tsx}',
    '!../graphql/generated/**',
    '!./*-da.ts',
    '!./*-en.ts',
    '!./da.ts',
    '!./en.ts',
  ],
  { eager: true, query: '?raw', import: 'default' },
);

/** Leaf texts (strings and functions) of a dictionary, as full keys. */
function leaves(dict: BaseRecordDict, prefix = ''): string[] {
  return Object.entries(flatten(prefix ? { [prefix]: dict } : dict))
    .filter(([, value]) => typeof value === 'string' || typeof value === 'function')
    .map(([key]) => key);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the code can reach: every string literal (a key written out, also when handed to `t` later), and every
 * `t('prefix')` or template literal with a static dotted start (`t(`scheme.${s}`)`, `t('evidence.values')[s]`),
 * which reaches everything under it.
 */
function referenced(): { exact: Set<string>; patterns: RegExp[] } {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const code of Object.values(sources)) {
    for (const [, text] of code.matchAll(/'([A-Za-z][\w.+-]*)'/g)) exact.add(text!);
    for (const [, text] of code.matchAll(/\bt\(\s*'([A-Za-z][\w.+-]*)'/g))
      patterns.push(new RegExp(`^${escape(text!)}\\.`));
    for (const [, text] of code.matchAll(/`([A-Za-z][\w]*\.[^`]*)`/g)) {
      const source = text!
        .split(/\$\{[^}]*\}/)
        .map(escape)
        .join('[^.]+');
      patterns.push(new RegExp(`^${source}(\\..+)?$`));
    }
  }
  return { exact, patterns };
}

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

  it('hold no text the code never asks for', () => {
    const { exact, patterns } = referenced();
    const keys = [...leaves(da), ...namespaces.flatMap((ns) => leaves(ns.da, ns.name))];
    const reached = (key: string) => exact.has(key) || patterns.some((pattern) => pattern.test(key));
    expect(keys.filter((key) => !reached(key))).toEqual([]);
  });
});
