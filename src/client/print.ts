/**
 * Client: the print button, and print preparation: the site's typefaces loaded first, data
 * tables open while printing, and every chart shows its full (static) state, never a scroll
 * position or a half-finished transition. Everything is put back after printing.
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
  window.addEventListener('beforeprint', () => {
    void loadPrintFonts(); // printing from the browser's menu: starts the loads, which a print preview's refresh picks up
    opened = Array.from(
      document.querySelectorAll<HTMLDetailsElement>('details.chart-data:not([open])'),
    );
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}
