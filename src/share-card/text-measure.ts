/**
 * Measures and breaks lines of text with the typeface that will draw them (harfbuzz shaping),
 * so a share card's title fits its box without guessing character widths. Build-time, pure
 * apart from reading the font given.
 */
import * as hb from 'harfbuzzjs';

/** Measures the advance width of a text, in px at a font size. */
export type Measure = (text: string, size: number) => number;

/** A measure backed by a font file's glyph advances. */
export function fontMeasure(font: Uint8Array): Measure {
  const face = new hb.Face(new hb.Blob(font));
  const hbFont = new hb.Font(face);
  return (text, size) => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(hbFont, buffer);
    const advance = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0);
    return (advance / face.upem) * size;
  };
}

/** Punctuation that may not begin a line (Chinese line-breaking rules). */
const NO_LINE_START = /^[，。、：；！？）」』”’》〉…—·%]/;

/**
 * Units a line may break between: a run of Latin letters, digits and their joiners, or one other
 * character.
 */
function breakUnits(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,'’\-+%$]*|\s+|[^\sA-Za-z0-9]/g) ?? [];
}

/**
 * Breaks `text` into lines no wider than `width` px at `size`, never starting a line with closing
 * punctuation; a text that does not fit one line breaks first after a full-width colon, comma or
 * semicolon (「DeepSeek：」 / 「一家量化基金的 AI 突围」), unless that takes more lines.
 */
export function breakLines(text: string, width: number, size: number, measure: Measure): string[] {
  const greedy = greedyLines(text, width, size, measure);
  if (greedy.length < 2) return greedy;
  const phrases = text
    .split(/(?<=[：，；])/)
    .flatMap((phrase) => greedyLines(phrase, width, size, measure));
  return phrases.length <= greedy.length ? phrases : greedy;
}

/** Fills each line as far as it goes. */
function greedyLines(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    const next = line + unit;
    if (line && measure(next.trimEnd(), size) > width && !NO_LINE_START.test(unit)) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
