/**
 * Reveals the book downloads on an edition's built cover: each entry whose file exists in the build
 * is shown with its link (the built page carries none) and its size; the block appears once one of them does. Pure: HTML and sizes in, HTML out.
 */

/** A size as a reader reads it: 840 KB, 2.3 MB. */
export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The cover's HTML with the downloads whose files exist (`sizeOf` gives undefined for the others) shown. */
export function revealDownloads(
  html: string,
  sizeOf: (file: string) => number | undefined,
): string {
  let shown = 0;
  const out = html.replace(
    /<li data-book-file="([^"]+)" hidden>([\s\S]*?)<span data-book-size><\/span>/g,
    (whole, file: string, inner: string) => {
      const size = sizeOf(file);
      if (size === undefined) return whole;
      shown++;
      const linked = inner.replace(' data-book-href="', ' href="');
      return `<li data-book-file="${file}">${linked}<span data-book-size>${formatSize(size)}</span>`;
    },
  );
  return shown
    ? out.replace(
        '<section class="book-downloads" data-book-downloads hidden',
        '<section class="book-downloads" data-book-downloads',
      )
    : out;
}
