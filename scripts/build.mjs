// Builds what changed since the last build, and says what it builds: a restart of `npm start` with nothing
// changed skips both compilers and answers in seconds. Inputs are hashed by content; FORCE_BUILD=1 rebuilds all.
/* global process, console */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const lock = 'package-lock.json';

/** @typedef {{ name: string; inputs: string[]; output: string; stamp: string; what: string; command: [string, string[]] }} Target */

/** @type {Target[]} */
const targets = [
  {
    name: 'server',
    inputs: ['server/src', 'seeds', 'server/tsconfig.json', 'server/tsconfig.build.json', 'tsconfig.json', lock],
    output: 'server/dist/server/src/main.js',
    stamp: 'server/dist/.inputs-sha256',
    what: 'Compiling the server (incrementally)…',
    command: [
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'server/tsconfig.build.json'],
    ],
  },
  {
    name: 'client',
    inputs: ['client/src', 'client/public', 'client/build', 'client/index.html', 'client/vite.config.ts', lock],
    output: 'client/dist/index.html',
    stamp: 'client/dist/.inputs-sha256',
    what: 'Building the web client…',
    command: [
      process.execPath,
      [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', 'client'],
    ],
  },
];

/** @param {string} entry @returns {Generator<string>} */
function* files(entry) {
  if (!existsSync(entry)) return;
  if (!statSync(entry).isDirectory()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (name !== 'node_modules' && !/\.test\.tsx?$/.test(name)) yield* files(path.join(entry, name));
  }
}

/** @param {string[]} inputs */
function digest(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** @param {[string, string[]]} command @returns {Promise<void>} */
function run([file, args]) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(args[0])} exited with ${code}`)),
    );
  });
}

/** @param {Target} target */
async function build(target) {
  const sum = digest(target.inputs);
  const stamp = path.join(root, target.stamp);
  const fresh =
    existsSync(path.join(root, target.output)) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sum;
  if (fresh && process.env.FORCE_BUILD !== '1') return console.log(`The ${target.name} is up to date.`);
  console.log(target.what);
  const started = Date.now();
  await run(target.command);
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${sum}\n`);
  console.log(`The ${target.name} was built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

try {
  await Promise.all(targets.map(build));
} catch (error) {
  console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
