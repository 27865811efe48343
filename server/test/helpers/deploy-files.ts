import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './processes.js';

/** One Dockerfile instruction, with its continuation lines joined. */
export interface Instruction {
  keyword: string;
  args: string;
  /** Index of the build stage it belongs to (0 for the first FROM). */
  stage: number;
}

export interface Stage {
  index: number;
  from: string;
  name: string | null;
  instructions: Instruction[];
}

/**
 * Splits a Dockerfile into stages and instructions: comments and blank lines dropped, `\` continuations joined.
 * Enough of the format for the files we write (no heredocs, no parser directives other than comments).
 */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  let pending = '';
  const lines = text.split('\n');
  const logical: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (pending === '' && /^\s*#/.test(line)) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    const full = `${pending}${line.trim()}`.trim();
    pending = '';
    if (full) logical.push(full);
  }
  if (pending.trim()) throw new Error('The Dockerfile ends inside a continued line');
  for (const line of logical) {
    const match = /^([A-Za-z]+)\s+([\s\S]*)$/.exec(line);
    if (!match) throw new Error(`Not an instruction: ${line}`);
    const keyword = match[1]!.toUpperCase();
    const args = match[2]!.trim();
    if (keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`Unreadable FROM: ${args}`);
      stages.push({ index: stages.length, from: from[1]!, name: from[2] ?? null, instructions: [] });
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${keyword} before the first FROM`);
    stage.instructions.push({ keyword, args, stage: stage.index });
  }
  return stages;
}

/** The JSON (exec) form of CMD/ENTRYPOINT/HEALTHCHECK CMD, or null for the shell form. */
export function execForm(args: string): string[] | null {
  const start = args.indexOf('[');
  if (start < 0) return null;
  try {
    const parsed: unknown = JSON.parse(args.slice(start));
    return Array.isArray(parsed) && parsed.every((part) => typeof part === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

/** `--from=x` and the source paths of a COPY, and its destination. */
export function parseCopy(args: string): { from: string | null; sources: string[]; destination: string } {
  const parts = args.split(/\s+/);
  const flags = parts.filter((part) => part.startsWith('--'));
  const paths = parts.filter((part) => !part.startsWith('--'));
  const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length) ?? null;
  return { from, sources: paths.slice(0, -1), destination: paths.at(-1) ?? '' };
}

export type Env = Record<string, string | undefined>;

const INTERPOLATION = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}/g;

/** Every variable a compose file interpolates, with how: plain, with a default, or required (`:?`/`?`). */
export function composeVariables(text: string): { name: string; operator: string | null; argument: string }[] {
  return [...text.matchAll(INTERPOLATION)].map((match) => ({
    name: match[1]!,
    operator: match[2] ?? null,
    argument: match[3] ?? '',
  }));
}

/**
 * Compose's interpolation (`${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`,
 * `${VAR:+alternative}`): throws the message of the first required variable that is unset (or empty, with `:`),
 * as `docker compose` does before it starts anything.
 */
export function interpolateCompose(text: string, env: Env): string {
  const resolve = (name: string, operator: string | undefined, argument: string): string => {
    const value = env[name];
    const unset = value === undefined;
    const empty = value === undefined || value === '';
    const required = () => new Error(`required variable ${name} is missing a value: ${argument}`);
    switch (operator) {
      case ':-':
        return empty ? argument : value;
      case '-':
        return unset ? argument : value;
      case ':?':
        if (empty) throw required();
        return value;
      case '?':
        if (unset) throw required();
        return value;
      case ':+':
        return empty ? '' : argument;
      default:
        return value ?? '';
    }
  };
  return text.replace(
    INTERPOLATION,
    (_match, name: string, operator: string | undefined, argument: string | undefined) =>
      resolve(name, operator, argument ?? ''),
  );
}

/** `NAME=value` lines of an env file (comments and blank lines skipped). */
export function parseEnvFile(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match) entries.set(match[1]!, match[2]!.trim());
  }
  return entries;
}

export function readRepoFile(relative: string): string {
  return readFileSync(path.join(root, relative), 'utf8');
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * The npm packages a program loads at run time: follows relative imports from its entry files through the sources
 * (`.js` specifiers name `.ts` files), skipping type-only imports, which TypeScript erases.
 */
export function runtimePackages(entries: string[]): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = entries.map((entry) => path.join(root, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      if (match[2]) continue;
      const specifier = match[3] ?? match[4]!;
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (!existsSync(target)) throw new Error(`${path.relative(root, file)} imports a missing ${specifier}`);
        queue.push(target);
      } else if (!specifier.startsWith('node:')) {
        const parts = specifier.split('/');
        const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
        if (!packages.has(name)) packages.set(name, path.relative(root, file));
      }
    }
  }
  return packages;
}
