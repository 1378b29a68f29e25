import { addDays, type IsoDate } from './dates';

/**
 * Finnish working days, for deadlines under the Act on the calculation of time limits (150/1930 § 5):
 * a deadline whose last day is a Saturday, a Sunday or another public holiday, Independence Day,
 * May Day, Christmas Eve or Midsummer Eve moves to the next working day. The holidays are computed
 * by their rules (the moving ones from Easter), so every year is covered; pure, for the workflows too.
 */

export type HolidayCode =
  | 'new_year'
  | 'epiphany'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'may_day'
  | 'ascension'
  | 'whitsun'
  | 'midsummer_eve'
  | 'midsummer_day'
  | 'all_saints'
  | 'independence_day'
  | 'christmas_eve'
  | 'christmas_day'
  | 'st_stephens_day';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The Finnish public holidays and the eves the Act names, of one year, by date. */
export function finnishHolidays(year: number): Map<IsoDate, HolidayCode> {
  const easter = easterSunday(year);
  const days: [IsoDate, HolidayCode][] = [
    [iso(year, 1, 1), 'new_year'],
    [iso(year, 1, 6), 'epiphany'],
    [addDays(easter, -2), 'good_friday'],
    [easter, 'easter_sunday'],
    [addDays(easter, 1), 'easter_monday'],
    [iso(year, 5, 1), 'may_day'],
    [addDays(easter, 39), 'ascension'],
    [addDays(easter, 49), 'whitsun'],
    // Midsummer Eve is the Friday of 19–25 June; All Saints' Day the Saturday of 31 October – 6 November.
    [firstWeekdayFrom(iso(year, 6, 19), FRIDAY), 'midsummer_eve'],
    [firstWeekdayFrom(iso(year, 6, 20), SATURDAY), 'midsummer_day'],
    [firstWeekdayFrom(iso(year, 10, 31), SATURDAY), 'all_saints'],
    [iso(year, 12, 6), 'independence_day'],
    [iso(year, 12, 24), 'christmas_eve'],
    [iso(year, 12, 25), 'christmas_day'],
    [iso(year, 12, 26), 'st_stephens_day'],
  ];
  return new Map(days);
}

const SATURDAY = 6;
const FRIDAY = 5;
const cache = new Map<number, Map<IsoDate, HolidayCode>>();

function holidaysOf(year: number): Map<IsoDate, HolidayCode> {
  let days = cache.get(year);
  if (!days) cache.set(year, (days = finnishHolidays(year)));
  return days;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The holiday or eve a date is, when it is one. */
export function holidayOn(date: IsoDate): HolidayCode | null {
  return holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
}

/** Monday to Friday, and neither a public holiday nor an eve the Act names. */
export function isWorkingDay(date: IsoDate): boolean {
  const day = weekday(date);
  return day !== 0 && day !== SATURDAY && holidayOn(date) === null;
}

/** The last day of a deadline as the Act counts it: the day itself, or the first working day after it. */
export function deadlineDay(lastDay: IsoDate): IsoDate {
  let day = lastDay;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The working day `n` working days after `from` (an order made on Friday, answered in 2: by Tuesday). */
export function addWorkingDays(from: IsoDate, n: number): IsoDate {
  let day = from;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

function firstWeekdayFrom(date: IsoDate, wanted: number): IsoDate {
  return addDays(date, (wanted - weekday(date) + 7) % 7);
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
