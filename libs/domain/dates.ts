/**
 * Calendar days ('YYYY-MM-DD') in Finland's time zone and ISO 8601 durations ('P3M', 'P1W', 'PT5S'):
 * what a day is, today in Finland, days between days, ages, and durations read and compared. Pure and
 * shared by the API, the deterministic workflows and the web app. Adding a duration to an instant, as a
 * clock in Finland counts it, needs the Temporal API's zoned arithmetic, which lives beside this in
 * zoned-arithmetic.ts so that the web app's first screen, which needs only days, does not load its polyfill.
 */
export type IsoDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DAY_MS = 86_400_000;
/** The county's time zone: its days and clock times are Finland's, whatever the process's or browser's zone. */
export const COUNTY_TIME_ZONE = 'Europe/Helsinki';

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
  const month = Number(m[2]);
  const day = Number(m[3]);
  return (
    year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of a month (1–12) in the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
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
 * Adds a duration to a day as a calendar does (the Temporal API's `PlainDate.add`, and `subtract` for -1):
 * years and months first, the day of month clamped to the month's last (31 Jan + 1 month = 28/29 Feb), then
 * weeks and days; the time parts count only as the whole days they make (PT5S moves nothing, PT48H two days).
 * Plain arithmetic on the day's fields: a request that dates a deadline does not run the polyfill for it.
 */
export function addDuration(date: IsoDate, iso: string, sign: 1 | -1 = 1): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  const d = parseDuration(iso);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Months counted from year 0, so that one division gives the year and the month again.
  const months = year * 12 + month - 1 + sign * (d.years * 12 + d.months);
  const y = Math.floor(months / 12);
  const m = months - y * 12 + 1;
  const days = d.weeks * 7 + d.days + Math.trunc(((d.hours * 60 + d.minutes) * 60 + d.seconds) / 86_400);
  // setUTCFullYear, not Date.UTC, which reads the years 0-99 as 1900-1999.
  const moved = new Date(0);
  moved.setUTCFullYear(y, m - 1, Math.min(day, daysInMonth(y, m)));
  return fromUtc(new Date(moved.getTime() + sign * days * DAY_MS));
}

export function later(a: Date, b: Date): Date {
  return a > b ? a : b;
}

export function earlier(a: Date, b: Date): Date {
  return a < b ? a : b;
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

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/**
 * The days of instants in Finland, made when first asked: a zoned formatter loads the time zone's data, which
 * takes tens of milliseconds in a browser, and the web app's first screen asks no day.
 */
let helsinkiDays: Intl.DateTimeFormat | undefined;

function helsinkiDate(instant: Date): IsoDate {
  helsinkiDays ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: COUNTY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return helsinkiDays.format(instant);
}

const HOUR_MS = 3_600_000;
/** Since this day Finland's offset from UTC has been whole hours: +2, and +3 in summer. */
const WHOLE_HOUR_OFFSETS_SINCE = Date.UTC(1921, 4, 1);
/**
 * The Finnish date of each UTC hour met. With whole-hour offsets every instant of a UTC hour has the same
 * date in Finland, and formatting one in the time zone costs tens of microseconds, which each request paid
 * several times over (every `today()`). Bounded: cleared when it grows large.
 */
const datesOfHours = new Map<number, IsoDate>();

/** The calendar date of an instant in Finland: decisions and deadlines are dated as the county dates them. */
export function dateOf(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (!(ms >= WHOLE_HOUR_OFFSETS_SINCE)) return helsinkiDate(instant);
  const hour = Math.floor(ms / HOUR_MS);
  let date = datesOfHours.get(hour);
  if (date === undefined) {
    date = helsinkiDate(instant);
    if (datesOfHours.size >= 10_000) datesOfHours.clear();
    datesOfHours.set(hour, date);
  }
  return date;
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

/**
 * The age band a supplier is told instead of a child's birth date: wide enough to name no one, narrow
 * enough to say which of its workers fits (the cards' own limits: 7–9 and 10–17 for a support person).
 */
const AGE_BANDS = [
  [0, 2],
  [3, 6],
  [7, 9],
  [10, 12],
  [13, 15],
  [16, 17],
  [18, 20],
  [21, 25],
] as const;

const OLDEST_BANDED = AGE_BANDS[AGE_BANDS.length - 1]![1];

export function ageBand(age: number): string {
  const band = AGE_BANDS.find(([from, to]) => age >= from && age <= to);
  if (band) return `${band[0]}–${band[1]}`;
  return age < 0 ? '0–2' : `${OLDEST_BANDED + 1}+`;
}
