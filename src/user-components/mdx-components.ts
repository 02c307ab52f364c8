/**
 * The components an MDX chapter can use without importing them.
 */
import Fact from './Fact.astro';
import Cite from './Cite.astro';
import Pin from './Pin.astro';
import NoConvert from './NoConvert.astro';
import Sense from './Sense.astro';
import Figure from './Figure.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import Chart from './Chart.astro';
import SectionHeading from './SectionHeading.astro';
import Quote from './Quote.astro';

/** Components passed to every chapter's <Content />. */
export const mdxComponents = {
  Fact,
  Cite,
  Quote,
  Pin,
  NoConvert,
  Sense,
  Figure,
  Scrolly,
  Step,
  Chart,
  h2: SectionHeading,
};
