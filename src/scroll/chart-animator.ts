/**
 * Client: draws a chart state (the marks the build computed) into its SVG, moving marks
 * that persist, fading in new ones and fading out those that leave. Duration 0 applies the
 * state at once (reduced motion, reloads, anchor jumps).
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Mark } from '../charts/types.ts';
import { formatAttr } from '../charts/render-svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Key of a mark: from its datum, or from data-key on server-rendered elements. */
function keyOf(this: unknown, d: Mark | undefined): string {
  return d ? d.key : ((this as Element).getAttribute('data-key') ?? '');
}

function applyStatic(sel: Selection<SVGElement, Mark, SVGGElement, unknown>): void {
  sel
    .attr('class', (d) => d.className ?? null)
    .each(function (d) {
      if (d.kind === 'text') this.textContent = d.text ?? '';
    });
}

/** Draws `marks` into the chart's <g class="marks">, animated over `duration` ms. */
export function drawState(svg: SVGSVGElement, marks: readonly Mark[], duration: number): void {
  const group = select(svg).select<SVGGElement>('g.marks');
  const joined = group.selectAll<SVGElement, Mark>('[data-key]').data<Mark>(marks as Mark[], keyOf as (d: Mark) => string);
  const exiting = joined.exit<Mark>();
  const entering = joined
    .enter()
    .append((d) => document.createElementNS(SVG_NS, d.kind) as SVGElement)
    .attr('data-key', (d) => d.key)
    .attr('opacity', duration ? 0 : null);
  const all = entering.merge(joined);
  applyStatic(all);
  all.order();
  if (!duration) {
    const attrNames = new Set(marks.flatMap((m) => Object.keys(m.attrs)));
    exiting.interrupt().remove();
    all.interrupt();
    for (const name of attrNames) all.attr(name, (d) => (name in d.attrs ? formatAttr(d.attrs[name]!) : null));
    all.attr('opacity', (d) => ('opacity' in d.attrs ? formatAttr(d.attrs.opacity!) : null));
    return;
  }
  exiting.transition().duration(duration).attr('opacity', 0).remove();
  all.interrupt();
  // only marks that change get a transition, and only for the attributes that change:
  // a step usually moves a few marks among many that stay put
  all.each(function (d) {
    const target: Record<string, string> = { opacity: formatAttr(d.attrs.opacity ?? 1) };
    for (const [name, value] of Object.entries(d.attrs)) target[name] = formatAttr(value);
    const changed = Object.entries(target).filter(([name, value]) => (this.getAttribute(name) ?? (name === 'opacity' ? '1' : null)) !== value);
    if (changed.length === 0) return;
    const t = select(this).transition().duration(duration);
    for (const [name, value] of changed) t.attr(name, value);
  });
}
