/**
 * Client, cover page only: sends a returning reader to the edition chosen before,
 * unless the address asks to choose again (?choose).
 */
import { EDITION_KEY } from './keep-place.ts';

/** Redirects to the remembered edition's cover, if any. */
export function redirectToChosenEdition(): void {
  if (new URLSearchParams(location.search).has('choose')) return;
  let chosen: string | null;
  try {
    chosen = localStorage.getItem(EDITION_KEY);
  } catch {
    return;
  }
  const link = chosen
    ? document.querySelector<HTMLAnchorElement>(`a[data-edition="${CSS.escape(chosen)}"]`)
    : null;
  if (link) location.replace(link.href);
}
