// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkStory } from './src/authoring/remark-story.ts';
import { storyRefs } from './src/authoring/story-refs.ts';
import { factStore } from './src/data/registry.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { printFonts } from './src/integrations/print-fonts.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { normaliseBase, publicSite, siteUrlProblem } from './src/config/public-address.ts';

/**
 * BASE_PATH sets the sub-path the site is served under (default "/"), for example
 * BASE_PATH=/stories/deepseek/ npm run build. SITE_URL sets the public origin used in
 * canonical links, Open Graph, share cards, printed addresses and the sitemap. Without one (a
 * build for local reading) those absolute addresses are left out; a loopback SITE_URL counts as
 * none. `npm run release` requires a public one.
 */
const base = normaliseBase(process.env.BASE_PATH);
const site = publicSite(process.env.SITE_URL);
if (process.env.SITE_URL && !site)
  console.warn(`${siteUrlProblem(process.env.SITE_URL)}: building without a public address`);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR || './dist',
  build: { format: 'directory', assets: '_astro', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({ remarkPlugins: [[remarkStory, () => storyRefs(factStore())]] }),
  },
  integrations: [mdx(), notFoundPages(), searchIndex(), printFonts()],
  // every script is a file of its own (no inline script), so the Content-Security-Policy needs no hashes
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
