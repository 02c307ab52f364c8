/**
 * Number and date formatting for Chinese readers, in one place so that prose, charts
 * and tables agree: Arabic numerals with 万 and 亿 (557.6万美元, 2亿元, 1100块).
 */

/** Trims a decimal to at most `digits` places and drops trailing zeros. */
function trim(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, '');
}

/** Formats a plain number with 万/亿 for large magnitudes: 5576000 → "557.6万", 2e8 → "2亿". */
export function formatNumber(value: number): string {
  const sign = value < 0 ? '−' : ''; // the true minus sign (U+2212), not a hyphen
  const abs = Math.abs(value);
  if (abs >= 1e12) return sign + trim(abs / 1e12, 2) + '万亿';
  if (abs >= 1e8) return sign + trim(abs / 1e8, 2) + '亿';
  if (abs >= 1e4) return sign + trim(abs / 1e4, 2) + '万';
  return sign + trim(abs, 2);
}

/**
 * Formats an ISO date or partial date: "2016-10-21" → "2016年10月21日", "2023-04" → "2023年4月".
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: "${iso}"`);
  const [, y, mo, d] = m;
  let out = `${y}年`;
  if (mo) out += `${Number(mo)}月`;
  if (d) out += `${Number(d)}日`;
  return out;
}

/**
 * Formats a value with its unit: (2e8, "元") → "2亿元", ("2023-07", "date") → "2023年7月", (2008,
 * "年") → "2008年".
 */
export function formatValue(value: number | string, unit: string, approx = false): string {
  if (unit === 'date') {
    if (typeof value !== 'string') throw new Error(`a date must be an ISO string, got ${value}`);
    return formatDate(value);
  }
  if (typeof value !== 'number') throw new Error(`a quantity must be a number, got "${value}"`);
  const number = unit === '年' ? String(value) : formatNumber(value);
  return (approx ? '约' : '') + number + unit;
}
