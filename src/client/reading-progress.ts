/**
 * Client: the reading progress bar for browsers without CSS scroll-driven animations
 * (where they exist, src/styles/reader.css does it with no script work).
 */

/** Keeps [data-progress]'s scale in step with the page's scroll position. */
export function startReadingProgress(): void {
  const bar = document.querySelector<HTMLElement>('[data-progress]');
  if (!bar || CSS.supports('animation-timeline: scroll()')) return;
  let frame = 0;
  const update = (): void => {
    frame = 0;
    const max = document.documentElement.scrollHeight - window.innerHeight;
    bar.style.transform = `scaleX(${max > 0 ? Math.min(1, window.scrollY / max) : 0})`;
  };
  window.addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), {
    passive: true,
  });
  update();
}
