/**
 * The naive baseline the benchmark compares the site with: the whole of d3 and the full
 * opencc-js (every dictionary) shipped to the browser, the page converted to Taiwan
 * Traditional on load. baseline.ts beside it bundles this file with esbuild (minified,
 * one ES module) and puts it on a copy of a chapter page in place of the site's own scripts.
 */
import * as d3 from 'd3';
import * as OpenCC from 'opencc-js';

// keep all of d3 in the bundle, as a page that loads d3 from a <script> tag would
window.d3 = d3;

const converter = OpenCC.Converter({ from: 'cn', to: 'twp' });
const handler = OpenCC.HTMLConverter(converter, document.documentElement, 'zh-CN', 'zh-TW');
handler.convert();

// a naive scroll hook: mark the step nearest the middle of the screen on every scroll event
const steps = d3.selectAll('.scrolly-steps .step');
window.addEventListener('scroll', () => {
  const middle = window.innerHeight / 2;
  steps.classed('is-active', function () {
    const box = this.getBoundingClientRect();
    return box.top <= middle && box.bottom >= middle;
  });
});
