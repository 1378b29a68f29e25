import {
  continuationVerdict,
  endOf,
  evaluationDue,
  evaluationInPeriod,
  lastDayFor,
  nextEvaluationDue,
  openPeriod,
} from './periods';

const rules = { step: 'P3M', max: 'P12M', specialExtra: 'P6M' };

describe('grant periods', () => {
  it('runs a calendar period to the start of the day after its last day, in Finland', () => {
    const p = openPeriod(1, '2026-12-01', new Date('2026-12-01T08:30:00Z'), 'P3M', 'P1M');
    expect(p).toEqual({
      number: 1,
      startsOn: '2026-12-01',
      endsOn: '2027-02-28',
      beganAt: '2026-12-01T08:30:00.000Z',
      endsAt: '2027-02-28T22:00:00.000Z',
      continuationDueAt: '2027-01-31T22:00:00.000Z',
    });
  });

  it('does not end early when the start was recorded before the period began', () => {
    const p = openPeriod(1, '2026-12-01', new Date('2026-11-25T10:00:00Z'), 'P1M', 'P2W');
    expect(p.beganAt).toBe('2026-11-30T22:00:00.000Z');
    expect(p.endsAt).toBe('2026-12-31T22:00:00.000Z');
    expect(p.continuationDueAt).toBe('2026-12-17T22:00:00.000Z');
  });

  it('runs a test period of seconds from the moment it began', () => {
    const since = new Date('2026-11-23T12:00:00Z');
    const p = openPeriod(2, '2026-11-23', since, 'PT20S', 'PT5S');
    expect(p).toMatchObject({
      startsOn: '2026-11-23',
      endsOn: '2026-11-23',
      endsAt: '2026-11-23T12:00:20.000Z',
      continuationDueAt: '2026-11-23T12:00:15.000Z',
    });
    // A lead time longer than the period makes the decision due at once, never before the period began.
    expect(openPeriod(2, '2026-11-23', since, 'PT20S', 'P1M').continuationDueAt).toBe(since.toISOString());
  });

  it('counts a period recorded after its first day from that day, as the decision dated it', () => {
    const p = openPeriod(1, '2026-11-23', new Date('2026-12-05T10:00:00Z'), 'P3M', 'P1M');
    expect(p).toMatchObject({ endsOn: '2027-02-22', beganAt: '2026-12-05T10:00:00.000Z' });
    expect(p.endsAt).toBe('2027-02-22T22:00:00.000Z');
  });

  it('ends a period at the start of a day across the change to summer time, and clamps to the month end', () => {
    const p = openPeriod(1, '2027-01-31', new Date('2027-01-31T06:00:00Z'), 'P2M', 'P14D');
    expect(p).toMatchObject({ endsOn: '2027-03-30', endsAt: '2027-03-30T21:00:00.000Z' });
    expect(p.continuationDueAt).toBe('2027-03-16T22:00:00.000Z');
    expect(openPeriod(1, '2027-01-31', new Date('2027-01-31T06:00:00Z'), 'P1M', 'P1W').endsOn).toBe('2027-02-27');
  });

  it('counts every duration on one path: days from the first day, time from the moment it began', () => {
    const since = new Date('2026-11-23T12:00:00.250Z');
    expect(endOf('2026-11-23', since, 'P14D').toISOString()).toBe('2026-12-06T22:00:00.000Z');
    expect(endOf('2026-11-23', since, 'PT6S').toISOString()).toBe('2026-11-23T12:00:06.250Z');
    expect(endOf('2026-11-23', since, 'P1DT6S').toISOString()).toBe('2026-11-23T22:00:06.000Z');
    // Recorded before the period's first day: counted from the start of that day.
    expect(endOf('2026-11-25', since, 'PT6S').toISOString()).toBe('2026-11-24T22:00:06.000Z');
  });

  it('schedules the next evaluation after the interval', () => {
    const farEnd = '2027-06-14T21:00:00.000Z';
    expect(nextEvaluationDue('2026-12-15', new Date('2026-12-15T12:00:00Z'), 'P1M', farEnd)).toBe(
      '2027-01-14T22:00:00.000Z',
    );
    expect(nextEvaluationDue('2026-12-15', new Date('2026-12-15T12:00:00Z'), 'PT8S', farEnd)).toBe(
      '2026-12-15T12:00:08.000Z',
    );
  });

  it('never schedules an evaluation after the period it evaluates has ended', () => {
    // A quarter from 3 December ends when 3 March begins; an evaluation every six months is due by then.
    const period = openPeriod(1, '2026-12-03', new Date('2026-12-03T10:00:00Z'), 'P3M', 'P2W');
    expect(period.endsOn).toBe('2027-03-02');
    const due = nextEvaluationDue('2026-12-03', new Date('2026-12-03T10:00:00Z'), 'P6M', period.endsAt);
    expect(due).toBe(period.endsAt);
    // Shown as a day, it is the period's last day, not the day after it.
    expect(lastDayFor(new Date(due))).toBe('2027-03-02');
    expect(lastDayFor(new Date(due)) <= period.endsOn).toBe(true);
    // Every three months from the same start falls on the same end, shown as the same last day.
    const quarterly = nextEvaluationDue('2026-12-03', new Date('2026-12-03T10:00:00Z'), 'P3M', period.endsAt);
    expect(lastDayFor(new Date(quarterly))).toBe('2027-03-02');
  });

  it('counts the interval alone where no period bounds it (a history from before the rule)', () => {
    const held = nextEvaluationDue('2027-02-20', new Date('2027-02-20T10:00:00Z'), 'P3M', null);
    expect(lastDayFor(new Date(held))).toBe('2027-05-19');
    expect(evaluationInPeriod(null, '2027-03-02T22:00:00.000Z')).toBeNull();
  });

  it('says an evaluation is due from its last day on, and not before', () => {
    const due = new Date('2027-03-02T22:00:00.000Z');
    expect(evaluationDue(due, '2027-03-01')).toBe(false);
    expect(evaluationDue(due, '2027-03-02')).toBe(true);
    expect(evaluationDue(due, '2027-04-01')).toBe(true);
    expect(evaluationDue(null, '2027-04-01')).toBe(false);
  });
});

describe('continuation within the catalogue maximum', () => {
  it('continues within the maximum without special consideration', () => {
    expect(continuationVerdict(3, rules, false)).toEqual({ allowed: true, special: false });
    expect(continuationVerdict(9, rules, false)).toEqual({ allowed: true, special: false });
  });

  it('extends past the maximum only with special consideration', () => {
    expect(continuationVerdict(12, rules, false)).toMatchObject({
      allowed: false,
      rule: 'special_consideration_required',
    });
    expect(continuationVerdict(12, rules, true)).toEqual({ allowed: true, special: true });
    expect(continuationVerdict(15, rules, true)).toEqual({ allowed: true, special: true });
  });

  it('never extends past the extra, nor past a maximum with no extra', () => {
    expect(continuationVerdict(18, rules, true)).toMatchObject({ allowed: false, rule: 'period_max' });
    const rehab = { step: 'P1M', max: 'P6M', specialExtra: null };
    expect(continuationVerdict(5, rehab, false)).toEqual({ allowed: true, special: false });
    expect(continuationVerdict(6, rehab, true)).toMatchObject({ allowed: false, rule: 'period_max' });
  });
});
