import { median, medianOfCounts } from './median';

describe('the median', () => {
  it('is the middle value, or the mean of the two middle ones, as percentile_cont(0.5)', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([10, 1, 3])).toBe(3);
    expect(median([3, 1])).toBe(2);
    expect(median([1, 2, 2, 9])).toBe(2);
    expect(median([0, 0, 5, 6])).toBe(2.5);
  });

  it('of values by their counts is the median of the values repeated as many times', () => {
    // Random histograms against the list they stand for, sorted and read in the middle.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const counts = new Map<number, number>();
      for (let i = random(6); i >= 0; i--) counts.set(random(40), random(5));
      const list = [...counts].flatMap(([value, n]) => Array<number>(n).fill(value)).sort((a, b) => a - b);
      const mid = (list.length - 1) / 2;
      const expected = list.length ? (list[Math.floor(mid)]! + list[Math.ceil(mid)]!) / 2 : null;
      expect(medianOfCounts(counts)).toBe(expected);
    }
  });
});
