import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the checked-in schema: `npm run codegen -w client`. */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/graphql.ts', 'src/**/*.graphql.ts', 'src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsConst: true,
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
