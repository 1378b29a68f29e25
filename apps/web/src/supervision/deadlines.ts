import { finnishDay } from '../common/format';

/**
 * The last day to answer by, as Finns write it: a deadline counted in days ends when its last day does,
 * and the API gives the instant it ends (midnight after that day), so the day is the one before it.
 */
export function lastDay(deadlineAt: string): string {
  return finnishDay(new Date(Date.parse(deadlineAt) - 1).toISOString());
}
