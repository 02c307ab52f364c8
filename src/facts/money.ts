/**
 * What an amount of money is, in the words every chart and sentence uses for it. Pure; the chart
 * kit adds how each kind is drawn (src/charts/kit/vocabulary.ts).
 */

/**
 * What an amount of money is: a fall in market value, ownership/capital spending, or rented
 * compute.
 */
export type MoneyKind = 'market' | 'ownership' | 'rental';

/** Each kind's short name and its legend line, which says what the amount is and is not. */
export const MONEY_WORDS: Record<MoneyKind, { name: string; legend: string }> = {
  market: { name: '市值损失', legend: '市值损失：股价下跌，不是花掉的钱' },
  ownership: { name: '持有成本/资本开支', legend: '持有成本/资本开支：买卡、建机房、运营' },
  rental: { name: '租用算力折算', legend: '租用算力折算：GPU小时 × 每小时租价' },
};
