// Prints the JavaScript each page loads on first visit (entry + the page's lazy chunk, with everything they
// import statically), raw and gzipped, from the Vite manifest. Fails when a case page exceeds its budget.
// Usage: npm run build -w client && node client/scripts/bundle-size.mjs
/* global process, console */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 60;
const dist = path.resolve(fileURLToPath(new URL('../dist', import.meta.url)));
/** @typedef {{ file: string; imports?: string[]; css?: string[] }} Chunk */
// JSON.parse is untyped; the typedef above is the manifest's shape.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const manifest = /** @type {Record<string, Chunk>} */ (
  JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'))
);

/**
 * The files a manifest entry needs before it runs: itself and its static imports, transitively.
 * @param {string} key
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

/** @type {Map<string, { raw: number; gzip: number }>} */
const sizes = new Map();
/** @param {string} file */
function size(file) {
  let known = sizes.get(file);
  if (!known) {
    const bytes = readFileSync(path.join(dist, file));
    known = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, known);
  }
  return known;
}

/** @param {number} n */
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const entry = closure('index.html');
const css = [...new Set(Object.values(manifest).flatMap((c) => c.css ?? []))];
const pages = Object.keys(manifest)
  .filter((k) => k.startsWith('src/pages/'))
  .sort();

console.log('Initial JavaScript per page (entry + page chunk + static imports), KB');
console.log(`${'page'.padEnd(22)} ${'raw'.padStart(6)} ${'gzip'.padStart(6)}  files`);
let caseGzip = 0;
for (const page of pages) {
  const files = closure(page, new Set(entry));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    raw += size(file).raw;
    gzip += size(file).gzip;
  }
  const name = path.basename(page, '.tsx');
  if (name === 'CasePage') caseGzip = gzip;
  console.log(`${name.padEnd(22)} ${kb(raw)} ${kb(gzip)}  ${files.size}`);
}
let entryGzip = 0;
for (const file of entry) entryGzip += size(file).gzip;
const cssGzip = css.reduce((sum, file) => sum + size(file).gzip, 0);
console.log(`\nentry alone: ${kb(entryGzip).trim()} KB gzip; CSS: ${kb(cssGzip).trim()} KB gzip`);
console.log(`case page: ${kb(caseGzip).trim()} KB gzip of a ${BUDGET_KB} KB budget`);
if (caseGzip > BUDGET_KB * 1024) {
  console.error(`The case page loads more than ${BUDGET_KB} KB of gzipped JavaScript.`);
  process.exit(1);
}
