import {
  addDays,
  addDuration,
  dateOf,
  daysBetween,
  durationToMs,
  isCalendarDuration,
  isDuration,
  isIsoDate,
  multiplyDuration,
  parseDuration,
  startOfDay,
} from './dates';
import { accessDueDate, appealDeadline, firstGrantPeriod } from './decisions';

describe('dates', () => {
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('26-2-1')).toBe(false);
  });

  it('parses ISO durations and refuses others', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
    expect(isDuration('P3M')).toBe(true);
    expect(isDuration('PT5S')).toBe(true);
    expect(isDuration('P')).toBe(false);
    expect(isDuration('3 months')).toBe(false);
    expect(durationToMs('PT5S')).toBe(5000);
    expect(durationToMs('P1W')).toBe(7 * 86_400_000);
  });

  it('adds months as a calendar does, clamping to the month end', () => {
    expect(addDuration('2026-01-31', 'P1M')).toBe('2026-02-28');
    expect(addDuration('2026-11-15', 'P3M')).toBe('2027-02-15');
    expect(addDuration('2026-03-01', 'P1W')).toBe('2026-03-08');
    expect(addDuration('2026-03-01', 'PT5S')).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-01-01', '2026-02-01')).toBe(31);
    expect(daysBetween('2026-02-01', '2026-01-01')).toBe(-31);
  });
});

describe('decision rules', () => {
  it('gives the rectification deadline of a posted decision 7 + 30 days after it was sent', () => {
    expect(appealDeadline('2026-11-23')).toBe('2026-12-30');
  });

  it('starts a grant at the desired start but never before the decision', () => {
    expect(firstGrantPeriod('2026-11-23', '2026-12-01', 'P3M')).toEqual({ start: '2026-12-01', end: '2027-02-28' });
    expect(firstGrantPeriod('2026-11-23', '2026-11-01', 'P3M')).toEqual({ start: '2026-11-23', end: '2027-02-22' });
    expect(firstGrantPeriod('2026-11-23', null, 'P1M')).toEqual({ start: '2026-11-23', end: '2026-12-22' });
  });

  it('dates the access-time target from the needs assessment', () => {
    expect(accessDueDate('2026-11-02', 'P1W')).toBe('2026-11-09');
    expect(accessDueDate('2026-11-02', 'P1M')).toBe('2026-12-02');
  });
});

describe('days in Finland', () => {
  it('begins a day at midnight Helsinki time, in winter and in summer', () => {
    expect(startOfDay('2026-12-01').toISOString()).toBe('2026-11-30T22:00:00.000Z');
    expect(startOfDay('2027-06-15').toISOString()).toBe('2027-06-14T21:00:00.000Z');
    expect(dateOf(startOfDay('2027-03-28'))).toBe('2027-03-28');
  });

  it('subtracts durations as a calendar does', () => {
    expect(addDuration('2027-03-01', 'P1M', -1)).toBe('2027-02-01');
    expect(addDuration('2027-03-31', 'P1M', -1)).toBe('2027-02-28');
    expect(addDuration('2027-03-01', 'P2W', -1)).toBe('2027-02-15');
  });

  it('tells calendar durations from the seconds of test catalogues', () => {
    expect(isCalendarDuration('P3M')).toBe(true);
    expect(isCalendarDuration('P1D')).toBe(true);
    expect(isCalendarDuration('PT20S')).toBe(false);
  });
});

describe('multiplying durations', () => {
  it('scales every part', () => {
    expect(multiplyDuration('P14D', 2)).toBe('P28D');
    expect(multiplyDuration('P1M2DT3S', 2)).toBe('P2M4DT6S');
    expect(multiplyDuration('PT2S', 3)).toBe('PT6S');
  });
});
