/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') and ISO 8601 durations ('P3M', 'P1W', 'PT5S').
 * Pure, shared by the API and the deterministic workflows.
 */

export type IsoDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DAY_MS = 86_400_000;

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * The days the system records: from 1900 (dates of birth) to 2199. Anything outside is a typing error
 * that would otherwise overflow a timer or a database column far from where it was accepted.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
/** The longest duration anything is counted in (a period, a deadline, a list's window): 100 years. */
export const LONGEST_DURATION_YEARS = 100;

/** A real calendar day within the years the system records. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function parseDuration(iso: string): Duration {
  const m = DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) throw new RangeError(`not an ISO 8601 duration: ${iso}`);
  const n = (i: number) => Number(m[i] ?? 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** An ISO 8601 duration no longer than a hundred years. */
export function isDuration(iso: string): boolean {
  try {
    parseDuration(iso);
  } catch {
    return false;
  }
  return durationMonths(iso) <= LONGEST_DURATION_YEARS * 12;
}

/** Milliseconds of a duration, a month counted as 30 days: for timers, never for calendar dates. */
export function durationToMs(iso: string): number {
  const d = parseDuration(iso);
  const days = d.years * 365 + d.months * 30 + d.weeks * 7 + d.days;
  return days * DAY_MS + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000;
}

function toUtc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/**
 * Adds a duration to a date as a calendar does: months keep the day of month, clamped to the
 * month's last day (31 Jan + 1 month = 28/29 Feb). Time parts under a day do not move the date.
 */
export function addDuration(date: IsoDate, iso: string, sign: 1 | -1 = 1): IsoDate {
  const d = scale(parseDuration(iso), sign);
  const start = toUtc(date);
  const months = d.years * 12 + d.months;
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(y, m, Math.min(start.getUTCDate(), lastDay)));
  const extraDays = d.weeks * 7 + d.days + Math.floor((d.hours * 3600 + d.minutes * 60 + d.seconds) / 86_400);
  return fromUtc(new Date(shifted.getTime() + extraDays * DAY_MS));
}

function scale(d: Duration, sign: 1 | -1): Duration {
  return sign === 1 ? d : (Object.fromEntries(Object.entries(d).map(([k, v]) => [k, -v])) as unknown as Duration);
}

/** A duration `times` as long, part by part: twice P1M2D is P2M4D. */
export function multiplyDuration(iso: string, times: number): string {
  const d = parseDuration(iso);
  const part = (n: number, unit: string) => (n ? `${n * times}${unit}` : '');
  const date = part(d.years, 'Y') + part(d.months, 'M') + part(d.weeks, 'W') + part(d.days, 'D');
  const time = part(d.hours, 'H') + part(d.minutes, 'M') + part(d.seconds, 'S');
  const scaled = `P${date}${time ? `T${time}` : ''}`;
  return scaled === 'P' ? 'PT0S' : scaled;
}

/** Whether a duration counts in calendar days or longer; test catalogues use durations of seconds. */
export function isCalendarDuration(iso: string): boolean {
  const d = parseDuration(iso);
  return d.years + d.months + d.weeks + d.days > 0;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

const HELSINKI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date of an instant in Finland: decisions and deadlines are dated as the county dates them. */
export function dateOf(instant: Date): IsoDate {
  return HELSINKI.format(instant);
}

/** Today in Finland, whatever the time zone of the process or the database session. */
export function today(): IsoDate {
  return dateOf(new Date());
}

const DAYS_PER_MONTH = 365.25 / 12;

/** A duration in months (a week or a day as its share of an average month): for comparing lengths, never for dates. */
export function durationMonths(iso: string): number {
  const d = parseDuration(iso);
  const days = d.weeks * 7 + d.days + ((d.hours * 60 + d.minutes) * 60 + d.seconds) / 86_400;
  return d.years * 12 + d.months + days / DAYS_PER_MONTH;
}

/** Age in whole years on a date, as the law counts it: the birthday is the day a year is full. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const HELSINKI_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The instant a day begins in Finland: a period that ends on a date is over when the next day begins. */
export function startOfDay(date: IsoDate): Date {
  const utcMidnight = toUtc(date).getTime();
  // Finland is UTC+2 or +3: read the wall clock at UTC midnight and step back by its offset.
  const parts = Object.fromEntries(HELSINKI_CLOCK.formatToParts(new Date(utcMidnight)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return new Date(utcMidnight - (wall - utcMidnight));
}
