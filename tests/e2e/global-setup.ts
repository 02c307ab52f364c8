/**
 * Builds the site once before the tests: at the root with no public address, as for local
 * reading (dist/), and as a release is built, with a public address under a sub-path
 * (dist-sub/: SITE_URL https://example.org, BASE_PATH /stories/deepseek/). Set SKIP_BUILD=1 to
 * reuse existing builds.
 */
import { buildSite, PUBLIC_SITE, SUB_PATH } from './site.ts';

export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD) return;
  await buildSite({ outDir: 'dist' });
  await buildSite({ outDir: 'dist-sub', base: SUB_PATH, site: PUBLIC_SITE });
}
