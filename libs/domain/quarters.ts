/**
 * The county's quarters: its calendar year in four, January–March first. A quarter is named `2026-Q3`
 * in requests, in files and on the board's agenda alike.
 */
import { FIRST_YEAR, LAST_YEAR, type IsoDate } from './dates';

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A quarter `YYYY-Qn` within the years the system records. */
export function isQuarter(value: string): boolean {
  const m = QUARTER.exec(value);
  return !!m && Number(m[1]) >= FIRST_YEAR && Number(m[1]) <= LAST_YEAR;
}

/** The quarter's first and last day, its year and its three months (`YYYY-MM`). */
export function quarterPeriod(quarter: string): { year: number; from: IsoDate; to: IsoDate; months: string[] } {
  const m = QUARTER.exec(quarter);
  if (!m || !isQuarter(quarter)) throw new RangeError(`not a quarter: ${quarter}`);
  const year = Number(m[1]);
  const first = (Number(m[2]) - 1) * 3 + 1;
  const months = [first, first + 1, first + 2].map((n) => `${year}-${String(n).padStart(2, '0')}`);
  // The last day of the quarter's last month: the day before the next month's first.
  const last = new Date(Date.UTC(year, first + 2, 0)).toISOString().slice(0, 10);
  return { year, from: `${months[0]}-01`, to: last, months };
}

/** The quarter a day falls in. */
export function quarterOf(day: IsoDate): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter a day falls in and the `count - 1` before it, newest first. */
export function quartersUpTo(day: IsoDate, count: number): string[] {
  const year = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return Array.from({ length: count }, (_, i) => {
    const n = year * 4 + q - i;
    return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
  });
}
