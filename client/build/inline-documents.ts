import { readFileSync } from 'node:fs';
import path from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Puts each GraphQL document into the module that declares it.
 *
 * The codegen client preset resolves `graphql(`…`)` at run time through one map of every document in the app, so
 * the first page a reader opens downloads the documents of all pages. This build step replaces each call with the
 * document the codegen already compiled (fragments included), so a document travels in its page's chunk. Types are
 * unchanged: TypeScript still sees the typed `graphql()` overloads.
 */
export function inlineDocuments(options: { generated: string }): Plugin {
  let compiled = new Map<string, string>();
  const load = () => {
    const source = readFileSync(options.generated, 'utf8');
    compiled = new Map(
      [...source.matchAll(/^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode</gmu)].map(
        ([, name, json]) => [name!, json!],
      ),
    );
    if (compiled.size === 0) throw new Error(`No compiled documents in ${options.generated}; run the codegen.`);
  };
  return {
    name: 'vidensbro:inline-documents',
    enforce: 'pre',
    buildStart: load,
    transform(code, id) {
      const file = id.split('?')[0]!;
      const name = path.basename(file);
      // Documents live in graphql.ts files, or <part>.graphql.ts where a domain has many (see codegen.ts).
      if (!(name === 'graphql.ts' || name.endsWith('.graphql.ts')) || file.includes(`${path.sep}generated${path.sep}`))
        return null;
      const output = new MagicString(code);
      for (const call of code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/gu)) {
        const name = exportName(call[1]!);
        const json = name ? compiled.get(name) : undefined;
        if (!json)
          throw new Error(`${file}: no compiled document for ${name ?? call[0].slice(0, 60)}; run the codegen.`);
        output.overwrite(call.index, call.index + call[0].length, `(${json})`);
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}

/** The codegen's export name for a document: `query CasePage` → CasePageDocument, `fragment X` → XFragmentDoc. */
function exportName(document: string): string | undefined {
  const head = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+(\w+)/u.exec(document);
  if (!head) return undefined;
  return head[1] === 'fragment' ? `${head[2]}FragmentDoc` : `${head[2]}Document`;
}
