/**
 * Prints "N passed, N failed, N skipped" alone on the last line, for CI to read.
 * A test file that fails to load and unhandled errors count as failures.
 */
import type { Reporter, TestModule } from 'vitest/node';

/** The closing summary line reporter. */
export default class SummaryLine implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      let count = 0;
      for (const test of module.children.allTests()) {
        count++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (count === 0 && module.state() === 'failed') failed++;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
