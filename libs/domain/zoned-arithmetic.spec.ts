import { dateOf } from './dates';
import { addToInstant, startOfDay, wholeMonths } from './zoned-arithmetic';

describe('durations added by the calendar', () => {
  it('adds any duration to an instant as a clock in Finland does', () => {
    const noon = new Date('2026-01-31T10:00:00Z');
    expect(addToInstant(noon, 'P1M').toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addToInstant(noon, 'PT5S').toISOString()).toBe('2026-01-31T10:00:05.000Z');
    expect(addToInstant(noon, 'P1DT1H').toISOString()).toBe('2026-02-01T11:00:00.000Z');
    expect(addToInstant(noon, 'P1M', -1).toISOString()).toBe('2025-12-31T10:00:00.000Z');
    // Summer time begins on 29 March 2026: a day later is the same time of day, an hour less.
    const before = new Date('2026-03-28T10:00:00Z');
    expect(addToInstant(before, 'P1D').toISOString()).toBe('2026-03-29T09:00:00.000Z');
    expect(addToInstant(before, 'PT24H').toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(addToInstant(startOfDay('2026-12-01'), 'P3M').toISOString()).toBe(startOfDay('2027-03-01').toISOString());
  });
});

describe('days in Finland', () => {
  it('begins a day at midnight Helsinki time, in winter and in summer', () => {
    expect(startOfDay('2026-12-01').toISOString()).toBe('2026-11-30T22:00:00.000Z');
    expect(startOfDay('2027-06-15').toISOString()).toBe('2027-06-14T21:00:00.000Z');
    expect(dateOf(startOfDay('2027-03-28'))).toBe('2027-03-28');
  });
});

describe('whole months', () => {
  it('are the months a period holds from their first day to their last', () => {
    expect(wholeMonths('2024-01-01', '2024-12-31')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(wholeMonths('2024-01-15', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-03-31' });
    expect(wholeMonths('2024-01-01', '2024-02-28')).toEqual({ from: '2024-01-01', to: '2024-01-31' });
    expect(wholeMonths('2024-01-01', '2024-02-29')).toEqual({ from: '2024-01-01', to: '2024-02-29' });
    expect(wholeMonths('2024-12-02', '2025-01-31')).toEqual({ from: '2025-01-01', to: '2025-01-31' });
  });

  it('are none (from after to) in a period within one month or across a month boundary only', () => {
    for (const [from, to] of [
      ['2024-03-05', '2024-03-20'],
      ['2024-03-05', '2024-04-20'],
      ['2024-03-31', '2024-04-01'],
    ] as const) {
      const whole = wholeMonths(from, to);
      expect(whole.from > whole.to).toBe(true);
    }
  });
});
