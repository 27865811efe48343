// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inlineDocuments } from './inline-documents';

const generated = fileURLToPath(new URL('../src/graphql/generated/graphql.ts', import.meta.url));

function transform(code: string, id: string): { code: string } | null {
  const plugin = inlineDocuments({ generated });
  (plugin.buildStart as () => void)();
  // The hook uses nothing from Vite's plugin context, so it runs on its own here.
  const hook = plugin.transform as unknown as (code: string, id: string) => { code: string } | null;
  return hook.call({}, code, id);
}

describe('inlineDocuments', () => {
  it('replaces a graphql() call with the compiled document, fragments included', () => {
    const source = [
      "import { graphql } from '../../graphql/generated';",
      'export const Doc = graphql(`',
      '  query CasePage($slug: String!) {',
      '    case(slug: $slug) { id }',
      '  }',
      '`);',
    ].join('\n');
    const result = transform(source, '/app/src/domains/case/graphql.ts');
    expect(result?.code).toContain('"kind":"OperationDefinition"');
    expect(result?.code).toContain('"value":"CasePage"');
    expect(result?.code).not.toContain('graphql(`');
  });

  it('fails the build when a document was not compiled, naming it', () => {
    const source = 'export const Doc = graphql(`query NoSuchQuery { viewer { id } }`);';
    expect(() => transform(source, '/app/src/domains/x/graphql.ts')).toThrow(/NoSuchQueryDocument; run the codegen/);
  });

  it('also reads documents from <part>.graphql.ts files', () => {
    const source = 'export const Doc = graphql(`query CasePage($slug: String!) { case(slug: $slug) { id } }`);';
    expect(transform(source, '/app/src/domains/editor/save.graphql.ts')?.code).toContain('"value":"CasePage"');
  });

  it('leaves other modules alone', () => {
    expect(transform('const x = graphql(`query CasePage { a }`);', '/app/src/pages/CasePage.tsx')).toBeNull();
  });
});
