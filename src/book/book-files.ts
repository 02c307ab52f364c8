/**
 * The book files of an edition, as `npm run book` writes them into the build (under book/) and the
 * cover offers them: the book PDF, the EPUB, and for Taiwan and Hong Kong the vertical (直排) EPUB.
 */
import type { EditionId } from '../editions/editions.ts';

/** One book file: its path in the build and its label (Simplified; the editions convert it). */
export interface BookFile {
  file: string;
  label: string;
  kind: 'pdf' | 'epub' | 'epub-vertical';
}

/** Whether an edition has a vertical book (Taiwan's and Hong Kong's books are set vertically). */
export function hasVertical(edition: EditionId): boolean {
  return edition !== 'zh-cn';
}

/** The book files of `edition`, in the order the cover lists them. */
export function bookFiles(edition: EditionId): BookFile[] {
  const files: BookFile[] = [
    { file: `book/${edition}.pdf`, label: '全书 PDF（A4，可打印）', kind: 'pdf' },
    { file: `book/${edition}.epub`, label: '电子书 EPUB（横排）', kind: 'epub' },
  ];
  if (hasVertical(edition))
    files.push({
      file: `book/${edition}-vertical.epub`,
      label: '电子书 EPUB（直排）',
      kind: 'epub-vertical',
    });
  return files;
}
