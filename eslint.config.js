import { createRequire } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// eslint-plugin-solid is a dependency of the client workspace, so it is resolved from there.
const fromClient = createRequire(path.join(import.meta.dirname, 'client', 'package.json'));
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- a dynamic import of a resolved path is untyped
const { default: solid } = /** @type {{ default: import('eslint').Linter.Config }} */ (
  await import(fromClient.resolve('eslint-plugin-solid/configs/typescript'))
);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'coverage/**',
      'client/src/graphql/generated/**',
      'server/src/platform/migrations/Migration*_initial.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.cjs', 'scripts/*.mjs', 'bench/postgraphile/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // type-graphql resolvers are classes whose methods may or may not await.
      '@typescript-eslint/require-await': 'off',
      // graphql's Kind and our string enums compare with literals by design.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  { ...solid, files: ['client/src/**/*.{ts,tsx}'] },
  // The benchmark's PostGraphile peer has its own node_modules, installed by `npm run bench:install` (after lint in
  // CI), so its types may be absent here: lint it without type information.
  { ...tseslint.configs.disableTypeChecked, files: ['bench/postgraphile/**/*.js'] },
  {
    files: ['**/*.test.ts', 'server/test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
