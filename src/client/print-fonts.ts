/**
 * Client: loads the site's print typefaces for this page's edition before the browser prints,
 * so the printed page or saved PDF embeds them (the print-only stylesheet alone would start
 * loading them only once printing has begun). The screen never uses these families.
 */

/** Declares the print faces for every medium and loads this edition's, for the text on the page. */
export async function loadPrintFonts(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>('link[data-print-fonts]');
  if (!link) return;
  if (link.media !== 'all') {
    link.media = 'all';
    if (!link.sheet)
      await new Promise((done) => link.addEventListener('load', done, { once: true }));
  }
  const families = (link.dataset.families ?? '').split('|').filter(Boolean);
  const text = document.body.textContent ?? '';
  await Promise.all(
    families.flatMap((family) =>
      [400, 700].map((weight) => document.fonts.load(`${weight} 16px "${family}"`, text)),
    ),
  );
}
