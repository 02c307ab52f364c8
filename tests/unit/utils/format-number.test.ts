import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatValue } from '../../../src/utils/format-number.ts';

describe('Chinese number formatting', () => {
  it.each([
    [5_576_000, '557.6万'],
    [200_000_000, '2亿'],
    [500_000_000_000, '5000亿'],
    [1100, '1100'],
    [2_788_000, '278.8万'],
    [-16.97, '−16.97'],
  ])('%d → %s', (n, text) => expect(formatNumber(n)).toBe(text));
  it('formats values with units', () => {
    expect(formatValue(5_576_000, '美元')).toBe('557.6万美元');
    expect(formatValue(10_000, '张', true)).toBe('约1万张');
    expect(formatValue(2008, '年')).toBe('2008年');
    expect(formatValue('2016-10-21', 'date')).toBe('2016年10月21日');
  });
  it('formats partial dates and rejects others', () => {
    expect(formatDate('2023-07')).toBe('2023年7月');
    expect(() => formatDate('July 2023')).toThrow(/not an ISO date/);
  });
});
