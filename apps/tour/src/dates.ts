/**
 * The tour's days and times, worked out from the county's today (`GET /calendar/today`) and the server's
 * clock (the `Date` header of its answer), never from this machine's clock or zone: pure, so that the
 * unit tests can run the tour's arithmetic on any day (a weekend, a holiday, just after midnight).
 */
import { Temporal } from '@js-temporal/polyfill';
import { addDays, COUNTY_TIME_ZONE, dateOf, type IsoDate } from '../../../libs/domain/dates';
import { startOfDay } from '../../../libs/domain/zoned-arithmetic';

const QUARTER_MS = 15 * 60_000;
const HOUR_MS = 60 * 60_000;

/** A visit as `POST /arrangements/:id/visits` takes it. */
export interface TourVisit {
  startsAt: string;
  hours: number;
  status: 'delivered' | 'cancelled';
  cancelledBy: 'client' | null;
  cancelledAt: string | null;
}

export interface TourDates {
  today: IsoDate;
  /** Three days back (a needs assessment is never ahead), as a reader's shell works it out with `date`. */
  needsAssessedOn: IsoDate;
  /** The family agreed at the assessment. */
  familyAgreedOn: IsoDate;
  /** Wished to start today: the decision made today grants from today, and the service starts today. */
  desiredStartOn: IsoDate;
  startedOn: IsoDate;
  /** The month whose use is read: the visit's. */
  month: string;
  /** Feedback answered today (the service has started today). */
  answeredOn: IsoDate;
  /** The access log's range: today, the day every row of the tour is written. */
  accessLogFrom: IsoDate;
  accessLogTo: IsoDate;
}

/** The days of one run of the tour, given the county's today. */
export function tourDates(today: IsoDate): TourDates {
  const needsAssessedOn = addDays(today, -3);
  return {
    today,
    needsAssessedOn,
    familyAgreedOn: needsAssessedOn,
    desiredStartOn: today,
    startedOn: today,
    month: today.slice(0, 7),
    answeredOn: today,
    accessLogFrom: today,
    accessLogTo: today,
  };
}

/** An instant as the API's examples write it: in Finnish local time with its offset, to the second. */
export function helsinkiTime(instant: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(Math.floor(instant.getTime() / 1000) * 1000)
    .toZonedDateTimeISO(COUNTY_TIME_ZONE)
    .toString({ timeZoneName: 'never' });
}

/** Today's `hh:mm` in Finland as an instant. */
function at(today: IsoDate, time: string): Date {
  const zoned = Temporal.PlainDate.from(today).toZonedDateTime({ timeZone: COUNTY_TIME_ZONE, plainTime: time });
  return new Date(zoned.epochMilliseconds);
}

/**
 * The visit the supplier records on the service's first day (today: a visit before the start is refused),
 * over by `now` as the server counts it, as a supplier records a visit once it has been (the API would take
 * a later one too). From 11:00 on, a
 * morning visit 9–11; earlier, the whole quarters since midnight up to two hours, ending at the last
 * quarter; in the first quarter hour of the day no visit can be over yet, and the family's cancellation
 * of the morning's visit, made now, is recorded instead (a late cancellation, charged as the contract says).
 */
export function tourVisit(today: IsoDate, now: Date): TourVisit {
  const morning = at(today, '09:00');
  if (now.getTime() >= morning.getTime() + 2 * HOUR_MS) {
    return { startsAt: helsinkiTime(morning), hours: 2, status: 'delivered', cancelledBy: null, cancelledAt: null };
  }
  const dayStart = startOfDay(today).getTime();
  const quarters = Math.floor((now.getTime() - dayStart) / QUARTER_MS);
  if (quarters >= 1) {
    const hours = Math.min(2, quarters / 4);
    const end = dayStart + quarters * QUARTER_MS;
    return {
      startsAt: helsinkiTime(new Date(end - hours * HOUR_MS)),
      hours,
      status: 'delivered',
      cancelledBy: null,
      cancelledAt: null,
    };
  }
  return {
    startsAt: helsinkiTime(morning),
    hours: 2,
    status: 'cancelled',
    cancelledBy: 'client',
    cancelledAt: helsinkiTime(new Date(Math.max(now.getTime(), dayStart))),
  };
}

/**
 * How long to wait before a walk that starts at `now`, so that it runs on one day in Finland: until just
 * after midnight when less than a minute of the day is left (a walk takes a few seconds), else nothing.
 */
export function pauseBeforeMidnight(now: Date): number {
  const zoned = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(COUNTY_TIME_ZONE);
  const nextDay = zoned.toPlainDate().add({ days: 1 }).toZonedDateTime({ timeZone: COUNTY_TIME_ZONE });
  const left = nextDay.epochMilliseconds - now.getTime();
  return left <= 60_000 ? left + 1_000 : 0;
}

/** The server's clock from an HTTP `Date` header, checked to fall on the county's today (or later). */
export function serverNow(dateHeader: string | null, today: IsoDate): Date {
  const now = dateHeader ? new Date(dateHeader) : new Date(NaN);
  if (Number.isNaN(now.getTime())) throw new Error(`the API answered without a readable Date header (${dateHeader})`);
  if (dateOf(now) < today) throw new Error(`the API's clock (${now.toISOString()}) is before its today (${today})`);
  return now;
}

/** A request for rectification received today: within the decision's deadline and not in the future. */
export function rectificationReceivedOn(today: IsoDate, decidedOn: IsoDate, appealDeadline: IsoDate): IsoDate {
  if (today < decidedOn || today > appealDeadline) {
    throw new Error(`today (${today}) is outside the decision's window ${decidedOn}–${appealDeadline}`);
  }
  return today;
}
