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

/** What the county decided at one event of an arrangement, as its letter and the decisions list name it. */
export const DECISION_KINDS = ['initial', 'continuation', 'change', 'unmet_need', 'ending'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_OUTCOMES = ['granted', 'denied', 'unmet_need', 'ended'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/**
 * Which decisions a client may request rectification of: every negative one (a denial, a decision not to
 * continue, a change denied), a need found that the county cannot meet now, and a service ended early. A
 * grant is not: the client got what was asked. One rule for the letters (which carry the instructions), the
 * decisions list, the appeals (which refuse any other) and the council's figures (which count these).
 */
export const APPEALABLE_OUTCOMES: readonly DecisionOutcome[] = ['denied', 'unmet_need', 'ended'];

export const isAppealable = (outcome: string): boolean => (APPEALABLE_OUTCOMES as readonly string[]).includes(outcome);

/**
 * The last day to request rectification of an appealable decision, null for any other: the one stored with
 * the decision, else (an unmet need, an early end, a decision stored without it) counted from the day it
 * was made and how it was sent.
 */
export function deadlineOf(d: {
  outcome: string;
  appealDeadline: IsoDate | null;
  decidedOn: IsoDate;
  notification: NotificationMethod;
}): IsoDate | null {
  if (!isAppealable(d.outcome)) return null;
  return d.appealDeadline ?? appealDeadline(d.decidedOn, d.notification);
}

/**
 * A decision's reference number, printed on its letter for the family to quote: the arrangement's first
 * eight characters and the decision's number in it (the arrangement is found by the prefix of its id).
 */
export const decisionReference = (arrangementId: string, seq: number): string =>
  `LUVN-${arrangementId.slice(0, 8).toUpperCase()}-${seq}`;

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
