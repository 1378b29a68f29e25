import { dateOf } from '../../../libs/domain/dates';
import { pauseBeforeMidnight, rectificationReceivedOn, serverNow, tourDates, tourVisit, type TourVisit } from './dates';

/** What every visit of the tour must be: on the service's first day, and over (or cancelled) by now. */
function expectRecordable(visit: TourVisit, today: string, now: Date): void {
  const starts = new Date(visit.startsAt);
  expect(dateOf(starts)).toBe(today);
  if (visit.status === 'delivered') {
    expect(starts.getTime() + visit.hours * 3_600_000).toBeLessThanOrEqual(now.getTime());
    expect(visit.cancelledAt).toBeNull();
  } else {
    expect(new Date(visit.cancelledAt!).getTime()).toBeLessThanOrEqual(now.getTime());
    expect(new Date(visit.cancelledAt!).getTime()).toBeLessThanOrEqual(starts.getTime());
  }
  expect(visit.hours).toBeGreaterThan(0);
  expect((visit.hours * 4) % 1).toBe(0);
}

describe("the tour's days", () => {
  it.each([
    ['a Wednesday', '2027-03-10', '2027-03-07'],
    ['a Saturday', '2026-12-05', '2026-12-02'],
    ["New Year's Day (back across the year)", '2027-01-01', '2026-12-29'],
    ['the first of March in a leap year', '2028-03-01', '2028-02-27'],
    ['the first of March in another year', '2027-03-01', '2027-02-26'],
    ['the day after the clocks go forward', '2027-03-29', '2027-03-26'],
  ])('on %s assess the needs three days back', (_, today, assessed) => {
    const d = tourDates(today);
    expect(d.needsAssessedOn).toBe(assessed);
    expect(d.needsAssessedOn < today).toBe(true);
    expect(d.familyAgreedOn <= today).toBe(true);
    expect(d).toMatchObject({ desiredStartOn: today, startedOn: today, answeredOn: today, month: today.slice(0, 7) });
    expect(d).toMatchObject({ accessLogFrom: today, accessLogTo: today });
  });

  it('reads the month of the day, across a year', () => {
    expect(tourDates('2026-12-31').month).toBe('2026-12');
    expect(tourDates('2027-01-01').month).toBe('2027-01');
  });
});

describe("the tour's visit", () => {
  it('is a morning visit 9–11 once 11:00 has passed in Finland', () => {
    const now = new Date('2026-12-05T12:30:00Z'); // 14:30 in Helsinki (winter, +02:00)
    const visit = tourVisit('2026-12-05', now);
    expect(visit).toEqual({
      startsAt: '2026-12-05T09:00:00+02:00',
      hours: 2,
      status: 'delivered',
      cancelledBy: null,
      cancelledAt: null,
    });
    expectRecordable(visit, '2026-12-05', now);
  });

  it('keeps 09:00 local in summer time', () => {
    const visit = tourVisit('2027-07-01', new Date('2027-07-01T15:00:00Z'));
    expect(visit.startsAt).toBe('2027-07-01T09:00:00+03:00');
  });

  it('at 00:10 in Helsinki (22:10 UTC the day before) records the family cancelling the morning visit now', () => {
    const now = new Date('2026-12-30T22:10:00Z');
    const visit = tourVisit('2026-12-31', now);
    expect(visit).toEqual({
      startsAt: '2026-12-31T09:00:00+02:00',
      hours: 2,
      status: 'cancelled',
      cancelledBy: 'client',
      cancelledAt: '2026-12-31T00:10:00+02:00',
    });
    expectRecordable(visit, '2026-12-31', now);
  });

  it('at 00:40 records the half hour since midnight, over by now', () => {
    const now = new Date('2026-12-31T22:40:30Z'); // 00:40:30 on New Year's Day
    const visit = tourVisit('2027-01-01', now);
    expect(visit).toMatchObject({ startsAt: '2027-01-01T00:00:00+02:00', hours: 0.5, status: 'delivered' });
    expectRecordable(visit, '2027-01-01', now);
  });

  it('at 07:20 records two hours ending at the last quarter', () => {
    const now = new Date('2026-12-05T05:20:00Z');
    const visit = tourVisit('2026-12-05', now);
    expect(visit).toMatchObject({ startsAt: '2026-12-05T05:15:00+02:00', hours: 2, status: 'delivered' });
    expectRecordable(visit, '2026-12-05', now);
  });

  it('on the night summer time begins (no 03:00–04:00) the visit still lies in the day and is over', () => {
    const today = '2027-03-28';
    for (const utc of [
      '2027-03-27T22:05:00Z',
      '2027-03-28T00:59:00Z',
      '2027-03-28T01:20:00Z',
      '2027-03-28T06:00:00Z',
    ]) {
      const now = new Date(utc);
      expectRecordable(tourVisit(today, now), today, now);
    }
  });

  it('on the night summer time ends (03:00–04:00 twice) the visit still lies in the day and is over', () => {
    const today = '2027-10-31';
    for (const utc of [
      '2027-10-30T21:14:59Z',
      '2027-10-31T00:30:00Z',
      '2027-10-31T01:30:00Z',
      '2027-10-31T21:59:00Z',
    ]) {
      const now = new Date(utc);
      expectRecordable(tourVisit(today, now), today, now);
    }
  });

  it('every quarter hour of a day gives a visit the API takes', () => {
    const today = '2026-12-24';
    const start = new Date('2026-12-23T22:00:00Z').getTime();
    for (let t = start; t < start + 24 * 3_600_000; t += 7 * 60_000) {
      expectRecordable(tourVisit(today, new Date(t)), today, new Date(t));
    }
  });
});

describe("the server's clock", () => {
  it('is read from the Date header of an answer', () => {
    expect(serverNow('Sat, 05 Dec 2026 01:23:04 GMT', '2026-12-05').toISOString()).toBe('2026-12-05T01:23:04.000Z');
  });

  it('refuses a missing header and a clock before the county’s today', () => {
    expect(() => serverNow(null, '2026-12-05')).toThrow('Date header');
    expect(() => serverNow('Fri, 04 Dec 2026 21:00:00 GMT', '2026-12-05')).toThrow('before its today');
  });
});

describe('the request for rectification', () => {
  it('is received today, between the decision and its deadline', () => {
    expect(rectificationReceivedOn('2026-12-31', '2026-12-31', '2027-02-08')).toBe('2026-12-31');
  });

  it('refuses a today outside the window rather than send a date the API refuses', () => {
    expect(() => rectificationReceivedOn('2026-12-30', '2026-12-31', '2027-02-08')).toThrow('outside');
    expect(() => rectificationReceivedOn('2027-02-09', '2026-12-31', '2027-02-08')).toThrow('outside');
  });
});

describe('a walk on one day', () => {
  it('waits past midnight in Finland when less than a minute of the day is left, in winter and in summer', () => {
    // 23:59:30 in Helsinki: 21:59:30 UTC in winter, 20:59:30 in summer.
    expect(pauseBeforeMidnight(new Date('2026-12-24T21:59:30Z'))).toBe(31_000);
    expect(pauseBeforeMidnight(new Date('2027-06-25T20:59:30Z'))).toBe(31_000);
    expect(pauseBeforeMidnight(new Date('2026-12-31T21:59:00Z'))).toBe(61_000);
  });

  it('starts at once at any other time, midnight itself included', () => {
    expect(pauseBeforeMidnight(new Date('2026-12-24T21:58:59Z'))).toBe(0);
    expect(pauseBeforeMidnight(new Date('2026-12-24T22:00:00Z'))).toBe(0);
    expect(pauseBeforeMidnight(new Date('2026-12-24T10:00:00Z'))).toBe(0);
  });
});
