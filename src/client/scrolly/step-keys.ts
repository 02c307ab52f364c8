/**
 * Client adapter: the keyboard steps through a scrolly. ↓, PageDown or j moves the focus to the
 * next step and scrolls it to the middle of the screen; ↑, PageUp or k to the one before.
 */

const NEXT = ['ArrowDown', 'PageDown', 'j'];
const PREVIOUS = ['ArrowUp', 'PageUp', 'k'];

/**
 * Steps through `steps` with the keyboard while one of them has the focus; listens until `signal`
 * aborts.
 */
export function stepKeys(section: HTMLElement, steps: HTMLElement[], signal: AbortSignal): void {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  section.addEventListener(
    'keydown',
    (event) => {
      const at = steps.indexOf(event.target as HTMLElement);
      const delta = NEXT.includes(event.key) ? 1 : PREVIOUS.includes(event.key) ? -1 : 0;
      const next = steps[at + delta];
      if (at < 0 || !delta || !next) return;
      event.preventDefault();
      next.focus({ preventScroll: true });
      next.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    },
    { signal },
  );
}
