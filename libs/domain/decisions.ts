import { addDays, addDuration, type IsoDate, maxDate } from './dates';
import type { NotificationMethod } from '../contracts/codes';
import { deadlineDay } from './working-days';

/**
 * How a decision reached the client, and the day it counts as received (Administrative Procedure Act
 * 434/2003 § 59 and § 59 a): an ordinary letter on the seventh day after it was sent, an electronic
 * notification on the third day, a letter handed over in person on that day.
 */
export const DAYS_UNTIL_NOTIFIED: Record<NotificationMethod, number> = { post: 7, electronic: 3, in_person: 0 };
/** A request for rectification to the individual affairs section is due within 30 days of notification. */
export const RECTIFICATION_PERIOD_DAYS = 30;

export function notifiedOn(sentOn: IsoDate, method: NotificationMethod): IsoDate {
  return addDays(sentOn, DAYS_UNTIL_NOTIFIED[method]);
}

/**
 * The last day for a request for rectification of a decision sent on `sentOn`: 30 days from the day
 * of notification (which itself is not counted), moved to the next working day when it falls on a
 * weekend, a holiday or an eve the Act on the calculation of time limits names.
 */
export function appealDeadline(sentOn: IsoDate, method: NotificationMethod = 'post'): IsoDate {
  return deadlineDay(addDays(notifiedOn(sentOn, method), RECTIFICATION_PERIOD_DAYS));
}

export interface GrantPeriod {
  start: IsoDate;
  /** Last day of the period, inclusive. */
  end: IsoDate;
}

/** A grant runs from the desired start (never before the decision) for the service's first period. */
export function firstGrantPeriod(decidedOn: IsoDate, desiredStart: IsoDate | null, firstPeriod: string): GrantPeriod {
  const start = desiredStart ? maxDate(desiredStart, decidedOn) : decidedOn;
  // A period shorter than a day begins and ends on the same day.
  return { start, end: maxDate(start, addDays(addDuration(start, firstPeriod), -1)) };
}

/** Date by which the service should start: needs assessment plus the service's access-time target. */
export function accessDueDate(needsAssessedOn: IsoDate, accessTarget: string): IsoDate {
  return addDuration(needsAssessedOn, accessTarget);
}

/** What the client is told about appealing a negative decision (oikaisuvaatimusohje / anvisning om begäran om omprövning). */
export const APPEAL_INSTRUCTIONS = {
  fi:
    'Tähän päätökseen tyytymätön voi hakea siihen oikaisua Länsi-Uudenmaan hyvinvointialueen yksilöasioiden jaostolta. ' +
    'Oikaisuvaatimus on tehtävä kirjallisesti 30 päivän kuluessa päätöksen tiedoksisaannista. Tavallisena kirjeenä ' +
    'lähetetyn päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä lähettämisestä ja sähköisesti lähetetyn ' +
    'kolmantena päivänä. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai ' +
    'juhannusaatto tai arkilauantai, oikaisuvaatimuksen voi tehdä ensimmäisenä arkipäivänä sen jälkeen. ' +
    'Oikaisuvaatimukseen annettuun päätökseen voi hakea muutosta hallinto-oikeudelta.',
  sv:
    'Den som är missnöjd med detta beslut kan begära omprövning hos Västra Nylands välfärdsområdes sektion för ' +
    'individärenden. Begäran om omprövning ska göras skriftligen inom 30 dagar från delfåendet av beslutet. ' +
    'Mottagaren anses ha fått del av ett beslut som sänts som vanligt brev den sjunde dagen efter att det sändes och ' +
    'av ett beslut som sänts elektroniskt den tredje dagen. Om den sista dagen är en helgdag, självständighetsdagen, ' +
    'första maj, julafton, midsommarafton eller en vardagslördag får begäran göras den första vardagen därefter. ' +
    'Det beslut som meddelas med anledning av begäran om omprövning får överklagas hos förvaltningsdomstolen.',
  en:
    'If you are not satisfied with this decision, you may request rectification from the individual affairs section of ' +
    'the West Uusimaa wellbeing services county, in writing, within 30 days of being notified. A decision sent as an ' +
    'ordinary letter counts as notified on the seventh day after it was sent, one sent electronically on the third ' +
    'day. When the last day is a public holiday, Independence Day, May Day, Christmas Eve, Midsummer Eve or a ' +
    'Saturday, the request may be made on the next working day. The decision on rectification may be appealed to ' +
    'the administrative court.',
} as const;
