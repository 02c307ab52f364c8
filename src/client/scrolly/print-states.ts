/**
 * Client: a scrolly on paper is the sequence of its states, each drawn small beside its step
 * (small multiples). The states come from the chart-state island the page already carries, so the
 * screen page gains no bytes; they are drawn when the page is printed (beforeprint, which the
 * browser's print, `npm run pdf` and `npm run book` all fire) and shown by print CSS only.
 */
import { unpackStates, type ChartIsland } from '../../marks/island.ts';
import { renderMarks } from '../../marks/render-svg.ts';

/**
 * The width class the printed states are laid out in: the phone's, set for a narrow column (its
 * labels are 12.5 units in a 328-unit frame), so a state about 7 cm wide prints its labels at about
 * 7.5 pt; the desktop layout's 640-unit frame would print them at 4 pt.
 */
const PRINT_CLASS = 'phone';

/** How many printed states, each about 8 cm tall with its text, a page holds. */
const FIT_ON_PAGE = 2;

/** Draws each step's state of one scrolly into the step (once); returns how many it drew. */
export function drawPrintStates(section: HTMLElement): number {
  const island = section.querySelector('script[data-chart-states]');
  const figure = section.querySelector<SVGSVGElement>(
    `svg.chart[data-width-class="${PRINT_CLASS}"]`,
  );
  if (!island || !figure || section.querySelector('.step-state')) return 0;
  const states = unpackStates(JSON.parse(island.textContent ?? '{}') as ChartIsland, PRINT_CLASS);
  const steps = Array.from(section.querySelectorAll<HTMLElement>('.scrolly-steps .step'));
  const viewBox = figure.getAttribute('viewBox') ?? '';
  const total = steps.length;
  steps.forEach((step, i) => {
    const marks = states[Math.min(i, states.length - 1)] ?? [];
    const holder = document.createElement('div');
    holder.className = 'step-state';
    holder.setAttribute('aria-hidden', 'true');
    holder.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="${viewBox}" data-state="${i}" focusable="false"><g class="marks">${renderMarks(marks)}</g></svg><span class="step-state-number">${i + 1} / ${total}</span>`;
    step.prepend(holder);
  });
  section.classList.add('has-print-states');
  // two states of about 8 cm each fit on a page; a longer sequence breaks between its steps
  section.classList.toggle('print-states-fit', steps.length <= FIT_ON_PAGE);
  return steps.length;
}

/** Draws every scrolly's states when the page is about to print. */
export function startPrintStates(): void {
  const drawAll = () =>
    document.querySelectorAll<HTMLElement>('[data-scrolly]').forEach(drawPrintStates);
  window.addEventListener('beforeprint', drawAll);
  if (window.matchMedia('print').matches) drawAll();
}
