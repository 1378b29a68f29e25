import type { ServicePeriod } from '../contracts/arrangement';
import {
  addDays,
  addDuration,
  dateOf,
  durationMonths,
  durationToMs,
  isCalendarDuration,
  type IsoDate,
  maxDate,
  startOfDay,
} from './dates';

const later = (a: Date, b: Date) => (a > b ? a : b);
const earlier = (a: Date, b: Date) => (a < b ? a : b);

/**
 * Opens a grant period. A calendar period is over when the day after its last day begins in
 * Finland; a period of seconds (a test catalogue) is over when that much time has passed since it
 * began. The continuation decision falls due the lead time before the end.
 */
export function openPeriod(
  number: number,
  startsOn: IsoDate,
  since: Date,
  length: string,
  leadTime: string,
): ServicePeriod {
  let beganAt: Date, endsAt: Date, endsOn: IsoDate;
  if (isCalendarDuration(length)) {
    const endExclusive = addDuration(startsOn, length);
    beganAt = later(since, startOfDay(startsOn));
    endsAt = startOfDay(endExclusive);
    endsOn = maxDate(startsOn, addDays(endExclusive, -1));
  } else {
    beganAt = since;
    endsAt = new Date(since.getTime() + durationToMs(length));
    endsOn = maxDate(startsOn, dateOf(endsAt));
  }
  const due = isCalendarDuration(leadTime)
    ? startOfDay(addDuration(dateOf(endsAt), leadTime, -1))
    : new Date(endsAt.getTime() - durationToMs(leadTime));
  return {
    number,
    startsOn,
    endsOn,
    beganAt: beganAt.toISOString(),
    endsAt: endsAt.toISOString(),
    continuationDueAt: earlier(later(due, beganAt), endsAt).toISOString(),
  };
}

/** The next evaluation meeting: the interval after the last one (or after the start). */
export function nextEvaluationDue(fromDate: IsoDate, since: Date, interval: string): string {
  return (
    isCalendarDuration(interval)
      ? startOfDay(addDuration(fromDate, interval))
      : new Date(since.getTime() + durationToMs(interval))
  ).toISOString();
}

export interface ContinuationRules {
  step: string;
  max: string;
  specialExtra: string | null;
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
  if (total <= max + eps) return { allowed: true, special: false };
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
