import solid from 'vite-plugin-solid';
import { defineProject } from 'vitest/config';

/** Unit and component tests: pure logic and Solid components in happy-dom. */
export default defineProject({
  root: import.meta.dirname,
  plugins: [solid()],
  test: {
    name: 'client',
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    environment: 'happy-dom',
  },
});
