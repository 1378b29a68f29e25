import { addDays, addDuration, type IsoDate, maxDate } from './dates';

/**
 * A decision served as an ordinary letter counts as received on the seventh day after it was
 * sent (Administrative Procedure Act 59 §); a request for rectification to the individual
 * affairs section is due within 30 days of that.
 */
export const DAYS_UNTIL_DEEMED_NOTIFIED = 7;
export const RECTIFICATION_PERIOD_DAYS = 30;

export function appealDeadline(decidedOn: IsoDate): IsoDate {
  return addDays(decidedOn, DAYS_UNTIL_DEEMED_NOTIFIED + RECTIFICATION_PERIOD_DAYS);
}

export interface GrantPeriod {
  start: IsoDate;
  /** Last day of the period, inclusive. */
  end: IsoDate;
}

/** A grant runs from the desired start (never before the decision) for the service's first period. */
export function firstGrantPeriod(decidedOn: IsoDate, desiredStart: IsoDate | null, firstPeriod: string): GrantPeriod {
  const start = desiredStart ? maxDate(desiredStart, decidedOn) : decidedOn;
  // A test catalogue's period of seconds begins and ends on the same day.
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
    'lähetetyn päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä lähettämisestä. Oikaisuvaatimukseen annettuun ' +
    'päätökseen voi hakea muutosta hallinto-oikeudelta.',
  sv:
    'Den som är missnöjd med detta beslut kan begära omprövning hos Västra Nylands välfärdsområdes sektion för ' +
    'individärenden. Begäran om omprövning ska göras skriftligen inom 30 dagar från delfåendet av beslutet. Ett beslut ' +
    'som sänts som vanligt brev anses ha kommit till mottagarens kännedom den sjunde dagen efter att det sändes. ' +
    'Beslutet om omprövning får överklagas hos förvaltningsdomstolen.',
  en:
    'If you are not satisfied with this decision, you may request rectification from the individual affairs section of ' +
    'the West Uusimaa wellbeing services county, in writing, within 30 days of being notified. A decision sent as an ' +
    'ordinary letter counts as notified on the seventh day after it was sent. The decision on rectification may be ' +
    'appealed to the administrative court.',
} as const;
