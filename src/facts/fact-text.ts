/**
 * A fact's value as readers see it: "2亿元", "约1万张", "2016年10月21日". Pure.
 */
import type { Fact } from './schema.ts';
import { formatValue } from '../utils/format-number.ts';

/**
 * The fact's value as readers see it. With `magnitude`, a signed figure drops its sign ("16.97%"
 * for −16.97), for a sentence whose verb says the direction (跌去16.97%).
 */
export function factText(
  fact: Pick<Fact, 'value' | 'unit' | 'approx'>,
  options: { magnitude?: boolean } = {},
): string {
  const value =
    options.magnitude && typeof fact.value === 'number' ? Math.abs(fact.value) : fact.value;
  return formatValue(value, fact.unit, fact.approx);
}
