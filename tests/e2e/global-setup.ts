/**
 * Builds the site once before the tests: at the root (dist/) and under a sub-path
 * (dist-sub/, base /stories/deepseek/). Set SKIP_BUILD=1 to reuse existing builds.
 */
import { buildSite, SUB_PATH } from './site.ts';

export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD) return;
  await buildSite({ outDir: 'dist' });
  await buildSite({ outDir: 'dist-sub', base: SUB_PATH });
}
