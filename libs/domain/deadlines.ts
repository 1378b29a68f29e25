import { addDays, addDuration, dateOf, durationToMs, isCalendarDuration, startOfDay } from './dates';
import { deadlineDay } from './working-days';

/**
 * The instant a deadline given as a duration falls: a calendar one at the end of its last day in
 * Finland ("within 14 days" is answered in time on the 14th), moved to the next working day when that
 * day is a weekend or a holiday (150/1930 § 5); one of seconds (a test) that much later.
 */
export function deadlineAfter(from: Date, duration: string): Date {
  return isCalendarDuration(duration)
    ? startOfDay(addDays(deadlineDay(addDuration(dateOf(from), duration)), 1))
    : new Date(from.getTime() + durationToMs(duration));
}
