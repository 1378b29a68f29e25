import { answerFigures, shownFigures } from './survey-statistics';

describe("the survey's figures per question", () => {
  it('gives n, min, max, sum, mean, the median and the sample standard deviation, as worked out by hand', () => {
    // 1, 3, 4, 4, 4: sum 16, mean 3.2; deviations −2.2, −0.2, 0.8, 0.8, 0.8 square to 4.84 + 0.04 + 3 × 0.64
    // = 6.8; 6.8 / (5 − 1) = 1.7, √1.7 = 1.3038…
    expect(answerFigures([4, 1, 4, 3, 4])).toEqual({ n: 5, min: 1, max: 4, sum: 16, mean: 3.2, median: 4, sd: 1.3 });
    // An even count: the median is the mean of the two middle answers. 0, 6, 9, 10: mean 6.25; squares
    // 39.0625 + 0.0625 + 7.5625 + 14.0625 = 60.75; / 3 = 20.25, √ = 4.5.
    expect(answerFigures([10, 0, 9, 6])).toEqual({ n: 4, min: 0, max: 10, sum: 25, mean: 6.25, median: 7.5, sd: 4.5 });
  });

  it('has no spread of one answer and no figures of none', () => {
    expect(answerFigures([3])).toEqual({ n: 1, min: 3, max: 3, sum: 3, mean: 3, median: 3, sd: null });
    expect(answerFigures([])).toBeNull();
    expect(answerFigures([2, 2, 2, 2, 2])?.sd).toBe(0);
  });

  it('rounds the mean and the deviation to two decimals, the median never', () => {
    // 3, 3, 4: mean 3.333…, squares 1/9 + 1/9 + 4/9 = 2/3, / 2 = 1/3, √ = 0.577…
    expect(answerFigures([3, 4, 3])).toMatchObject({ mean: 3.33, median: 3, sd: 0.58 });
    expect(answerFigures([1, 2])).toMatchObject({ median: 1.5 });
  });

  it('withholds every figure but the count under five answers', () => {
    expect(shownFigures([4, 4, 4, 1])).toEqual({
      n: 4,
      withheld: true,
      min: null,
      max: null,
      sum: null,
      mean: null,
      median: null,
      sd: null,
    });
    expect(shownFigures([4, 1, 4, 3, 4])).toMatchObject({ n: 5, withheld: false, min: 1, sd: 1.3 });
  });
});
