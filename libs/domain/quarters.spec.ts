import { isQuarter, quarterOf, quarterPeriod, quartersUpTo } from './quarters';

describe("the county's quarters", () => {
  it('names a quarter YYYY-Qn within the years recorded', () => {
    expect(['2026-Q1', '2026-Q4', '1900-Q1', '2199-Q4'].every(isQuarter)).toBe(true);
    expect(['2026-Q0', '2026-Q5', '2026Q3', '2026-q3', '1899-Q4', '2200-Q1', '26-Q1'].some(isQuarter)).toBe(false);
  });

  it('runs from the first day of its first month to the last day of its third', () => {
    expect(quarterPeriod('2026-Q1')).toEqual({
      year: 2026,
      from: '2026-01-01',
      to: '2026-03-31',
      months: ['2026-01', '2026-02', '2026-03'],
    });
    expect(quarterPeriod('2026-Q3')).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterPeriod('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterPeriod('2028-Q1').to).toBe('2028-03-31');
    expect(() => quarterPeriod('2026-Q5')).toThrow(RangeError);
  });

  it('finds the quarter of a day', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q4',
    ]);
  });

  it("lists a day's quarter and those before it, across a year's turn", () => {
    expect(quartersUpTo('2026-02-15', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(quartersUpTo('2026-12-31', 2)).toEqual(['2026-Q4', '2026-Q3']);
  });
});
