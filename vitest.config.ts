import { defineConfig } from 'vitest/config';
import SummaryLine from './tests/summary-reporter.ts';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    reporters: ['default', new SummaryLine()],
  },
});
