/**
 * The chart stylesheet as a renderer without CSS variables or media queries reads it: the light
 * theme's tokens put in place of var(--…), comments and @media blocks dropped, :is(a, b).c
 * written out as a.c, b.c, and every rule scoped to the chart (the card's own text keeps its
 * fonts). So a share card's chart looks like the page's. Build-time, pure.
 */

/** The custom properties of the first `:root { … }` block (the light theme). */
export function rootTokens(tokensCss: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(tokensCss)?.[1] ?? '';
  return new Map(
    [...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

/** Drops `@media … { … }` blocks (one level of nesting). */
function dropMediaBlocks(css: string): string {
  let out = '';
  let at = 0;
  for (const match of css.matchAll(/@media[^{]*\{/g)) {
    if (match.index! < at) continue;
    out += css.slice(at, match.index);
    let depth = 1;
    let i = match.index! + match[0].length;
    for (; i < css.length && depth > 0; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    at = i;
  }
  return out + css.slice(at);
}

/** `svg :is(rect, circle).x` → `svg rect.x, svg circle.x`. */
function expandIs(selectors: string): string {
  return selectors
    .split(',')
    .reduce<string[]>((parts, part) => {
      // re-join commas inside :is( … )
      const last = parts[parts.length - 1];
      if (last !== undefined && (last.match(/\(/g)?.length ?? 0) > (last.match(/\)/g)?.length ?? 0))
        parts[parts.length - 1] = `${last},${part}`;
      else parts.push(part);
      return parts;
    }, [])
    .flatMap((selector) => {
      const match = /:is\(([^)]*)\)/.exec(selector);
      if (!match) return [selector.trim()];
      return match[1]!
        .split(',')
        .map((option) =>
          `${selector.slice(0, match.index)}${option.trim()}${selector.slice(match.index! + match[0].length)}`.trim(),
        );
    })
    .join(', ');
}

/**
 * The chart stylesheet with the light theme's values resolved, for a static renderer; every
 * selector is scoped under `scope` (a selector).
 */
export function resolveChartCss(chartsCss: string, tokensCss: string, scope: string): string {
  const tokens = rootTokens(tokensCss);
  let css = dropMediaBlocks(chartsCss.replace(/\/\*[\s\S]*?\*\//g, ''));
  for (let pass = 0; pass < 4 && css.includes('var('); pass++) {
    css = css.replace(
      /var\((--[\w-]+)(?:\s*,\s*([^)]+))?\)/g,
      (_, name: string, fallback?: string) => tokens.get(name) ?? fallback ?? 'currentColor',
    );
  }
  const scoped = (selectors: string) =>
    expandIs(selectors)
      .split(', ')
      .map((selector) => `${scope} ${selector}`)
      .join(', ');
  return css
    .replace(/([^{}]+)\{/g, (_, selectors: string) => `${scoped(selectors.trim())} {`)
    .replace(/\s+/g, ' ')
    .trim();
}
