/**
 * Durations added to instants, as a clock in Finland counts them: the Temporal API's zoned arithmetic
 * (its polyfill, plain JavaScript with no clock of its own, so it runs in the workflow sandbox) adds a
 * month and a second alike. (A duration added to a day is dates.ts's addDuration, plain arithmetic.) Apart
 * from dates.ts because the polyfill is a large module the web app's first screen does not need.
 */
import { Temporal } from '@js-temporal/polyfill';
import { addDays, addDuration, COUNTY_TIME_ZONE, type IsoDate, isIsoDate, parseDuration } from './dates';

function plainDate(date: IsoDate): Temporal.PlainDate {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return Temporal.PlainDate.from(date);
}

/**
 * The instant a duration after (or before) another, as a clock in Finland counts it: a month from
 * 31 January at noon is 28 February at noon, a day keeps the time of day across a change to summer
 * time, and five seconds are five seconds.
 */
export function addToInstant(instant: Date, iso: string, sign: 1 | -1 = 1): Date {
  const start = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(COUNTY_TIME_ZONE);
  const d = duration(iso);
  return new Date((sign === 1 ? start.add(d) : start.subtract(d)).epochMilliseconds);
}

/** How long a duration lasts from an instant, in milliseconds: for an interval that must have a fixed length. */
export function millisecondsFrom(instant: Date, iso: string): number {
  return addToInstant(instant, iso).getTime() - instant.getTime();
}

/** The hours, minutes and seconds of a duration without its years, months, weeks and days. */
export function timeOfDuration(iso: string): string {
  const { hours, minutes, seconds } = parseDuration(iso);
  return Temporal.Duration.from({ hours, minutes, seconds }).toString();
}

function duration(iso: string): Temporal.Duration {
  return Temporal.Duration.from(parseDuration(iso));
}

/** The instant a day begins in Finland: a period that ends on a date is over when the next day begins. */
export function startOfDay(date: IsoDate): Date {
  return new Date(plainDate(date).toZonedDateTime(COUNTY_TIME_ZONE).epochMilliseconds);
}

/**
 * The whole months within a period: from the first day of the first to the last day of the last. When the period
 * holds none, the day after its last and its last (`from` after `to`): an empty range whose outside is the period.
 */
export function wholeMonths(from: IsoDate, to: IsoDate): { from: IsoDate; to: IsoDate } {
  const first = from.endsWith('-01') ? from : addDuration(`${from.slice(0, 7)}-01`, 'P1M');
  const last = addDays(to, 1).endsWith('-01') ? to : addDays(`${to.slice(0, 7)}-01`, -1);
  return first <= last ? { from: first, to: last } : { from: addDays(to, 1), to };
}
