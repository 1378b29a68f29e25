import { TZDate } from '@date-fns/tz';
import type { TFunction } from 'i18next';
import { addMonths, format, isValid, parse, parseISO } from 'date-fns';
import { COUNTY_TIME_ZONE, today } from '../../../../libs/domain/dates';

/** Dates as Finns write them: 27.11.2026 (the API's days are ISO dates, days in Europe/Helsinki). */
export function finnishDate(iso: string | null | undefined): string {
  return iso ? format(parseISO(iso.slice(0, 10)), 'd.M.yyyy') : '';
}

/** 27.11.2026 → 2026-11-27; null when the text is not a whole day. */
export function isoOf(text: string): string | null {
  const day = parse(text.trim(), 'd.M.yyyy', new Date(2000, 0, 1));
  return isValid(day) && /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(text.trim()) ? format(day, 'yyyy-MM-dd') : null;
}

/** The Finnish day of an instant (an event's time), as Finns write it. */
export function finnishDay(instant: string): string {
  return format(new TZDate(instant, COUNTY_TIME_ZONE), 'd.M.yyyy');
}

/** The clock time of an instant in Finland, as Finns write it: 14.30. */
export function finnishTime(instant: string): string {
  return format(new TZDate(instant, COUNTY_TIME_ZONE), 'HH.mm');
}

/** Money in euros with a decimal comma and a space before the sign: 1 234,50 €. */
export function euros(cents: number): string {
  return new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Today as the county counts days (the domain's own `today`). */
export const helsinkiToday = today;

/** A day and a clock time in Finland (2026-11-24, 14:30) as an ISO instant with Finland's offset on that day. */
export function helsinkiInstant(day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return format(new TZDate(y, m - 1, d, h, min, COUNTY_TIME_ZONE), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** Hours with a decimal comma: 1,5. */
export function hoursText(n: number): string {
  return new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 }).format(n);
}

/** A month (2026-11) as a person reads it: 11/2026. */
export function monthText(month: string): string {
  return format(parseISO(`${month}-01`), 'M/yyyy');
}

/** The month `by` months before or after `month`. */
export function shiftMonth(month: string, by: number): string {
  return format(addMonths(parseISO(`${month}-01`), by), 'yyyy-MM');
}

/** A gap in words: "every 6 months"; one in another form (a test catalogue's seconds) as written. */
export function intervalText(every: string, t: TFunction): string {
  const m = /^P(\d+)([DWMY])$/.exec(every);
  return m
    ? t(`facts.every.${m[2] as 'D' | 'W' | 'M' | 'Y'}`, { count: Number(m[1]) })
    : t('facts.everyOther', { every });
}
