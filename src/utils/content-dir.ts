/**
 * Where the story's content lives, relative to the project root: `content`, or
 * CONTENT_DIR for tests that build a broken copy on purpose. Build time only.
 */

/** The content directory (no trailing slash). */
export function contentDir(): string {
  return (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
