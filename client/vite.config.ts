import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { inlineDocuments } from './build/inline-documents.ts';

/** The API runs on :4000 in development (`npm run dev`); the built client is served by the server itself. */
const api = process.env.VIDENSBRO_API ?? 'http://localhost:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [inlineDocuments({ generated: `${import.meta.dirname}/src/graphql/generated/graphql.ts` }), solid()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // scripts/bundle-size.mjs reads the manifest to add up what each page loads first.
    manifest: true,
    // One file per lazy page keeps a case page's first load small.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/graphql': api, '/media': api },
  },
});
