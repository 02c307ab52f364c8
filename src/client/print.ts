/**
 * Client: the print button, and print preparation: the site's typefaces loaded first, data
 * tables open while printing, and every chart shows its full (static) state, never a scroll
 * position or a half-finished transition. Everything is put back after printing, the reader's
 * place included: with the tables above it opened and closed and the page laid out for paper in
 * between, the browser does not always bring the reader back to where they were.
 */
import { loadPrintFonts } from './print-fonts.ts';

/** Wires the print button and the beforeprint/afterprint preparation. */
export function startPrintTools(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-print]');
  if (button) {
    button.disabled = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      await loadPrintFonts().catch(() => undefined); // a font that fails to load still leaves the reader's own fonts
      button.disabled = false;
      window.print();
    });
  }
  let opened: HTMLDetailsElement[] = [];
  let place: ReaderPlace | undefined;
  window.addEventListener('beforeprint', () => {
    place = readerPlace();
    void loadPrintFonts(); // printing from the browser's menu: starts the loads, which a print preview's refresh picks up
    opened = Array.from(
      document.querySelectorAll<HTMLDetailsElement>('details.chart-data:not([open])'),
    );
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
    if (place) returnTo(place);
    place = undefined;
  });
}

/** Where the reader is: the first block of the article still on the screen, and its top. */
interface ReaderPlace {
  block: Element;
  top: number;
}

/** The blocks a reader's place is kept by: the text, never a pinned chart (which never moves). */
const BLOCKS = '.article :is(p, h2, h3, li, blockquote, .step):not(.scrolly-graphic *)';

/** The reader's place now; none above the article. */
function readerPlace(): ReaderPlace | undefined {
  for (const block of document.querySelectorAll(BLOCKS)) {
    const box = block.getBoundingClientRect();
    if (box.height > 0 && box.bottom > 0) return { block, top: box.top };
  }
  return undefined;
}

/** Scrolls the page so that the reader's block is where it was on the screen. */
function returnTo({ block, top }: ReaderPlace): void {
  const moved = block.getBoundingClientRect().top - top;
  if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
}
