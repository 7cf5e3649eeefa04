import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Hooks build sites, start servers and delete whole project copies: on a busy 2-core
    // machine that takes minutes, not Vitest's default ten seconds.
    hookTimeout: 600_000,
  },
});
