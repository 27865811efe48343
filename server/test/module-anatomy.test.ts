import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The module anatomy of docs/architecture.md, checked: one name per job. A file is `<name>.<job>.ts` with a job
 * from the list, or a plain helper `<name>.ts`; GraphQL inputs, object types and resolvers sit in the files named
 * for them; every module folder has a `<folder>.module.ts` listed once in modules/index.ts.
 */
const MODULES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/modules');
const JOBS = [
  'entity',
  'entities',
  'enums',
  'inputs',
  'types',
  'queries',
  'commands',
  'policy',
  'resolver',
  'subscriber',
  'http',
  'live',
  'search',
  'migrations',
  'module',
  'test',
];

const folders = readdirSync(MODULES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const files = folders.flatMap((folder) =>
  readdirSync(path.join(MODULES, folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ folder, name, text: readFileSync(path.join(MODULES, folder, name), 'utf8') })),
);
/** `case.inputs.ts` → `inputs`; a plain helper has no job. */
const job = (name: string) => name.split('.').slice(1, -1).pop();
const where = (pattern: RegExp, jobs: string[]) =>
  files
    .filter((file) => pattern.test(file.text) && !jobs.includes(job(file.name) ?? ''))
    .map((file) => `${file.folder}/${file.name}`);

describe('module anatomy', () => {
  it('names every file by its job, or as a plain helper without one', () => {
    const misnamed = files
      .filter(({ name }) => {
        const parts = name.replace(/\.test\.ts$/, '.ts').split('.');
        if (parts.length === 2) return !/^[a-z0-9-]+$/.test(parts[0]!);
        return parts.length !== 3 || !JOBS.includes(parts[1]!);
      })
      .map((file) => `${file.folder}/${file.name}`);
    expect(misnamed).toEqual([]);
  });

  it('keeps GraphQL inputs in .inputs.ts, object types in .types.ts or entities, resolvers in .resolver.ts', () => {
    expect(where(/@InputType\(/, ['inputs'])).toEqual([]);
    expect(where(/@ObjectType\(/, ['types', 'entity', 'entities'])).toEqual([]);
    expect(where(/@(Resolver|Query|Mutation|FieldResolver|Subscription)\(/, ['resolver'])).toEqual([]);
  });

  it('keeps writes out of .queries.ts', () => {
    const writing = /\.(flush|persist|persistAndFlush|nativeUpdate|nativeDelete|insertMany)\(/;
    const readsThatWrite = files.filter((file) => job(file.name) === 'queries' && writing.test(file.text));
    expect(readsThatWrite.map((file) => `${file.folder}/${file.name}`)).toEqual([]);
  });

  it('gives every module folder one registration, listed once in modules/index.ts', () => {
    const index = readFileSync(path.join(MODULES, 'index.ts'), 'utf8');
    const listed = [...index.matchAll(/from '\.\/([^/]+)\/([^/]+)\.module\.js'/g)].map((match) => match[1]);
    for (const folder of folders)
      expect(
        files.some((f) => f.folder === folder && f.name === `${folder}.module.ts`),
        folder,
      ).toBe(true);
    expect([...listed].sort()).toEqual([...folders].sort());
  });
});
