import { defineConfig } from 'vitest/config';

const shared = {
  environment: 'node',
  testTimeout: 60_000,
  // Hooks build sites, start servers and delete whole project copies: on a busy 2-core
  // machine that takes minutes, not Vitest's default ten seconds.
  hookTimeout: 600_000,
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        // Unit tests share their workers' module cache (`isolate: false`): they import the
        // same library, and loading it once per file was most of their time. None of them
        // keeps state in a module.
        test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        test: { ...shared, name: 'integration', include: ['tests/**/*.test.ts'], exclude: ['tests/unit/**'] },
      },
    ],
  },
});
