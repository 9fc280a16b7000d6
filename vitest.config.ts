import { defineConfig } from 'vitest/config';
import { pathAliases } from './scripts/path-aliases.ts';

export default defineConfig({
  resolve: { alias: pathAliases() },
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Two cores: keep one worker per core so storage tests that time writes are not starved.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
