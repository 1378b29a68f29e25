import { addDays, dateOf, parseDuration } from './dates';
import { addToInstant, startOfDay } from './zoned-arithmetic';
import { deadlineDay } from './working-days';

/**
 * The instant a deadline given as a duration falls: that long after `from` as a clock in Finland counts.
 * The Act on the calculation of time limits (150/1930, § 1) governs limits set in days, weeks, months or
 * years: such a limit is met by the end of its last day ("within 14 days" is answered in time on the
 * 14th), moved to the next working day when that day is a weekend or a holiday (§ 5).
 */
export function deadlineAfter(from: Date, duration: string): Date {
  const at = addToInstant(from, duration);
  const { years, months, weeks, days } = parseDuration(duration);
  const countedInDays = years + months + weeks + days > 0;
  return countedInDays ? startOfDay(addDays(deadlineDay(dateOf(at)), 1)) : at;
}
