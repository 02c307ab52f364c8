/**
 * Client: the print button, and print preparation: data tables open while printing, and
 * every chart shows its full (static) state, never a scroll position or a half-finished
 * transition. Everything is put back after printing.
 */

/** Wires the print button and the beforeprint/afterprint preparation. */
export function startPrintTools(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-print]');
  if (button) {
    button.disabled = false;
    button.addEventListener('click', () => window.print());
  }
  let opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    opened = Array.from(document.querySelectorAll<HTMLDetailsElement>('details.chart-data:not([open])'));
    for (const d of opened) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}
