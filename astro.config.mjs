// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkStory } from './src/story/remark-story.ts';
import { storyRefs } from './src/story/story-refs.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { printFonts } from './src/integrations/print-fonts.ts';

/**
 * BASE_PATH sets the sub-path the site is served under (default "/"), for example
 * BASE_PATH=/stories/deepseek/ npm run build. SITE_URL sets the absolute origin used in
 * canonical links, Open Graph and the sitemap (default http://127.0.0.1:4321).
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR || './dist',
  build: { format: 'directory', assets: '_astro', inlineStylesheets: 'never' },
  markdown: { processor: unified({ remarkPlugins: [[remarkStory, storyRefs]] }) },
  integrations: [mdx(), searchIndex(), printFonts()],
  // every script is a file of its own (no inline script), so the Content-Security-Policy needs no hashes
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
