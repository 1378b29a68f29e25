import { Temporal } from '@js-temporal/polyfill';
import {
  addDays,
  addDuration,
  ageBand,
  dateOf,
  daysBetween,
  FIRST_YEAR,
  isDuration,
  isIsoDate,
  LAST_YEAR,
  multiplyDuration,
  parseDuration,
} from './dates';
import { accessDueDate, appealDeadline, firstGrantPeriod } from './decisions';

describe('dates', () => {
  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('26-2-1')).toBe(false);
  });

  it('knows every day of the years it records, and no day outside them', () => {
    // Each month's first days and its last possible ones (and day 0 and 32) against UTC's calendar, across the limits.
    for (const year of [FIRST_YEAR - 1, FIRST_YEAR, 1996, 2000, 2026, 2028, 2100, LAST_YEAR, LAST_YEAR + 1]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = new Date(Date.UTC(year, month - 1, day)).toISOString().startsWith(value);
          expect([value, isIsoDate(value)]).toEqual([value, real && year >= FIRST_YEAR && year <= LAST_YEAR]);
        }
      }
    }
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
  });

  it('adds months as a calendar does, clamping to the month end', () => {
    expect(addDuration('2026-01-31', 'P1M')).toBe('2026-02-28');
    expect(addDuration('2026-11-15', 'P3M')).toBe('2027-02-15');
    expect(addDuration('2026-03-01', 'P1W')).toBe('2026-03-08');
    expect(addDuration('2026-03-01', 'PT5S')).toBe('2026-03-01');
  });

  it('subtracts durations as a calendar does', () => {
    expect(addDuration('2027-03-01', 'P1M', -1)).toBe('2027-02-01');
    expect(addDuration('2027-03-31', 'P1M', -1)).toBe('2027-02-28');
    expect(addDuration('2027-03-01', 'P2W', -1)).toBe('2027-02-15');
  });

  it("adds and subtracts durations to a day as the Temporal API's PlainDate does", () => {
    const durations = [
      'P1M',
      'P3M',
      'P6M',
      'P1Y',
      'P25Y',
      'P1Y11M',
      'P2W',
      'P14D',
      'P1Y2M3W4D',
      'PT5S',
      'PT48H',
      'P1DT23H59M60S',
      'P99Y11M',
      'P100Y',
    ];
    // Month ends, leap days and the turn of a year, in both directions; the first and last days recorded.
    const days = [
      `${FIRST_YEAR}-01-31`,
      `${LAST_YEAR}-12-31`,
      '2024-02-29',
      '2026-01-31',
      '2026-03-31',
      '2026-08-31',
      '2026-12-15',
      '2027-02-28',
      '2099-12-31',
      '1999-11-30',
    ];
    for (const day of days) {
      for (const iso of durations) {
        const start = Temporal.PlainDate.from(day);
        const d = Temporal.Duration.from(iso);
        expect([day, iso, addDuration(day, iso)]).toEqual([day, iso, start.add(d).toString()]);
        expect([day, iso, addDuration(day, iso, -1)]).toEqual([day, iso, start.subtract(d).toString()]);
      }
    }
    expect(addDuration('2026-01-31', 'P1M')).toBe('2026-02-28');
    expect(() => addDuration('2026-02-30', 'P1M')).toThrow(RangeError);
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
  });

  it('counts days across the year’s end and backwards', () => {
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
  it('dates every instant as the time zone does, at the edges of each hour through two years of clock changes', () => {
    const reference = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' });
    const wrong: string[] = [];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 3_600_000) {
      for (const at of [ms - 1, ms, ms + 1_799_999]) {
        if (dateOf(new Date(at)) !== reference.format(at)) wrong.push(new Date(at).toISOString());
      }
    }
    expect(wrong).toEqual([]);
    // Before whole-hour offsets (Helsinki's mean time, +1:39:49), and the days on each side of the clock change.
    expect(dateOf(new Date('1900-01-01T22:20:10Z'))).toBe('1900-01-01');
    expect(dateOf(new Date('1900-01-01T22:20:11Z'))).toBe('1900-01-02');
    expect(dateOf(new Date('2026-03-28T21:59:59.999Z'))).toBe('2026-03-28');
    expect(dateOf(new Date('2026-03-28T22:00:00Z'))).toBe('2026-03-29');
    expect(dateOf(new Date('2026-10-24T20:59:59.999Z'))).toBe('2026-10-24');
    expect(dateOf(new Date('2026-10-24T21:00:00Z'))).toBe('2026-10-25');
  });
});

describe('multiplying durations', () => {
  it('scales every part', () => {
    expect(multiplyDuration('P14D', 2)).toBe('P28D');
    expect(multiplyDuration('P1M2DT3S', 2)).toBe('P2M4DT6S');
    expect(multiplyDuration('PT2S', 3)).toBe('PT6S');
  });
});

describe('age bands', () => {
  it('tells a band wide enough to name no one, with the cards’ limits at its edges', () => {
    expect([0, 2, 3, 6, 7, 9, 10, 12, 13, 15, 16, 17, 18, 25, 26].map(ageBand)).toEqual([
      '0–2',
      '0–2',
      '3–6',
      '3–6',
      '7–9',
      '7–9',
      '10–12',
      '10–12',
      '13–15',
      '13–15',
      '16–17',
      '16–17',
      '18–20',
      '21–25',
      '26+',
    ]);
  });
});
