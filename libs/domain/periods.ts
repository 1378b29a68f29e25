import type { ServicePeriod } from '../contracts/arrangement';
import { dateOf, durationMonths, earlier, type IsoDate, later, maxDate } from './dates';
import { addToInstant, startOfDay, timeOfDuration } from './zoned-arithmetic';

/**
 * When something that lasts `length` from the day `on`, begun at `since`, is over. Its years, months,
 * weeks and days are counted from the start of that day in Finland (three months from 1 December are
 * over when 1 March begins, whenever on 1 December the service started); its hours, minutes and seconds
 * from the moment it began. It is over when both have passed.
 */
export function endOf(on: IsoDate, since: Date, length: string): Date {
  const dayBegins = startOfDay(on);
  return later(addToInstant(dayBegins, length), addToInstant(later(since, dayBegins), timeOfDuration(length)));
}

/**
 * Opens a grant period starting on the day `startsOn`, recorded at `since`: it began when both had
 * come, ends as `endOf` counts, and its last day is the day of its last moment. The continuation
 * decision falls due the lead time before the end, never before the period began.
 */
export function openPeriod(
  number: number,
  startsOn: IsoDate,
  since: Date,
  length: string,
  leadTime: string,
): ServicePeriod {
  const beganAt = later(since, startOfDay(startsOn));
  const endsAt = endOf(startsOn, since, length);
  const due = addToInstant(endsAt, leadTime, -1);
  return {
    number,
    startsOn,
    endsOn: maxDate(startsOn, dateOf(new Date(endsAt.getTime() - 1))),
    beganAt: beganAt.toISOString(),
    endsAt: endsAt.toISOString(),
    continuationDueAt: earlier(later(due, beganAt), endsAt).toISOString(),
  };
}

/**
 * The next evaluation meeting: the interval after the last one (or after the start), and never after the
 * end of the period it evaluates, so that each period is evaluated before its continuation is decided.
 * Without a period's end (a history recorded before this rule) the interval alone counts.
 */
export function nextEvaluationDue(
  fromDate: IsoDate,
  since: Date,
  interval: string,
  periodEndsAt: string | null,
): string {
  return evaluationInPeriod(endOf(fromDate, since, interval).toISOString(), periodEndsAt)!;
}

/** An evaluation due at `dueAt`, within the period ending at `periodEndsAt`. */
export function evaluationInPeriod(dueAt: string | null, periodEndsAt: string | null): string | null {
  if (dueAt === null || periodEndsAt === null) return dueAt;
  return earlier(new Date(dueAt), new Date(periodEndsAt)).toISOString();
}

/**
 * The last day an evaluation (or anything else due at an instant) may be held on: a deadline at the
 * start of a day is met by the day before it (due when 3 March begins is due by 2 March).
 */
export function lastDayFor(dueAt: Date): IsoDate {
  return dateOf(new Date(dueAt.getTime() - 1));
}

/** An evaluation is due on and after its last day has come; before that the worker may still hold one. */
export function evaluationDue(dueAt: Date | null, today: IsoDate): boolean {
  return dueAt !== null && lastDayFor(dueAt) <= today;
}

export interface ContinuationRules {
  step: string;
  max: string;
  specialExtra: string | null;
  /** A young person's aftercare: the card's maximum does not apply, the service goes on as long as it is needed. */
  uncapped?: boolean;
}

export type ContinuationVerdict =
  | { allowed: true; special: boolean }
  | { allowed: false; rule: 'period_max' | 'special_consideration_required'; message: string };

/**
 * Whether one more period fits: within the maximum it does; past it only with special consideration
 * and a written justification, and never past the extra the catalogue allows.
 */
export function continuationVerdict(
  monthsGranted: number,
  rules: ContinuationRules,
  justified: boolean,
): ContinuationVerdict {
  const total = monthsGranted + durationMonths(rules.step);
  const max = durationMonths(rules.max);
  const extra = rules.specialExtra ? durationMonths(rules.specialExtra) : 0;
  const eps = 1e-9;
  if (rules.uncapped || total <= max + eps) return { allowed: true, special: false };
  if (total > max + extra + eps) {
    return {
      allowed: false,
      rule: 'period_max',
      message: `one more period would make ${fmt(total)} months; the catalogue allows at most ${fmt(max)}${extra ? ` and ${fmt(extra)} more with special consideration` : ''}`,
    };
  }
  if (!justified) {
    return {
      allowed: false,
      rule: 'special_consideration_required',
      message: `one more period would make ${fmt(total)} months, past the maximum of ${fmt(max)}: write the special consideration that justifies it`,
    };
  }
  return { allowed: true, special: true };
}

const fmt = (months: number) => String(+months.toFixed(2));
