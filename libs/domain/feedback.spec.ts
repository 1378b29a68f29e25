import { badReasons, DEFAULT_FEEDBACK_RULES, mean, nps } from './feedback';

const answer = (over: Partial<Parameters<typeof badReasons>[0]> = {}) => ({
  respondent: 'family' as const,
  items: { heard: 4, rightThings: 3 },
  recommend: 9,
  seriousConcern: false,
  ...over,
});

describe('feedback figures', () => {
  it('computes NPS from promoters and detractors', () => {
    expect(nps([10, 9, 8, 7, 6, 0])).toBe(0);
    expect(nps([10, 10, 9, 8])).toBe(75);
    expect(nps([3, 5, 9])).toBe(-33.3);
    expect(nps([])).toBeNull();
  });

  it('rounds means to two decimals', () => {
    expect(mean([4, 3, 3])).toBe(3.33);
    expect(mean([])).toBeNull();
  });
});

describe('what counts as bad feedback', () => {
  it('finds nothing bad in a good answer', () => {
    expect(badReasons(answer(), DEFAULT_FEEDBACK_RULES, [9])).toEqual([]);
  });

  it('counts an answer of 1 on any item, and the serious-concern flag', () => {
    expect(
      badReasons(answer({ items: { heard: 1, influence: 1, rightThings: 2 } }), DEFAULT_FEEDBACK_RULES, [9]),
    ).toEqual(['item_low:heard', 'item_low:influence']);
    expect(badReasons(answer({ seriousConcern: true }), DEFAULT_FEEDBACK_RULES, [9])).toEqual(['serious_concern']);
  });

  it('counts a supplier NPS under the threshold once there are enough answers', () => {
    const rules = { ...DEFAULT_FEEDBACK_RULES, nps: { window: 5, minAnswers: 4, below: 0 } };
    expect(badReasons(answer({ recommend: 3 }), rules, [3, 5, 9])).toEqual([]);
    expect(badReasons(answer({ recommend: 3 }), rules, [3, 5, 9, 6])).toEqual(['nps_below']);
    // Only the last `window` answers count: older good ones do not hide a bad run.
    expect(badReasons(answer({ recommend: 3 }), rules, [3, 5, 9, 6, 2, 10, 10, 10])).toEqual(['nps_below']);
  });

  it('leaves the own worker’s recommendation out of the families’ NPS rule, but not their concerns', () => {
    const rules = { ...DEFAULT_FEEDBACK_RULES, nps: { window: 5, minAnswers: 4, below: 0 } };
    const own = answer({ respondent: 'own_worker', recommend: 0 });
    expect(badReasons(own, rules, [3, 5, 9, 6])).toEqual([]);
    expect(badReasons({ ...own, seriousConcern: true }, rules, [3, 5, 9, 6])).toEqual(['serious_concern']);
  });

  it('follows the rules as changed: a stricter item threshold, rules turned off', () => {
    const strict = { ...DEFAULT_FEEDBACK_RULES, itemAtOrBelow: 2 };
    expect(badReasons(answer({ items: { rightThings: 2 } }), strict, [9])).toEqual(['item_low:rightThings']);
    const off = { itemAtOrBelow: null, seriousConcern: false, nps: null };
    expect(badReasons(answer({ items: { heard: 1 }, seriousConcern: true }), off, [0, 0, 0, 0, 0])).toEqual([]);
  });
});
