import { APPEAL_INSTRUCTIONS } from '../domain/decisions';
import { COUNTY, countyDocument, day } from './pdf';

export type LetterLanguage = 'fi' | 'sv';
export type LetterKind = 'initial' | 'continuation' | 'change' | 'unmet_need' | 'ending';

/** What a decision letter says: all of it from the decision, its arrangement and the catalogue card. */
export interface LetterFacts {
  language: LetterLanguage;
  clientName: string;
  dateOfBirth: string;
  kind: LetterKind;
  /** For an unmet need or an ending: denied, i.e. appealable, with the rectification instructions. */
  outcome: 'granted' | 'denied';
  /** The service's last day, for an ending. */
  endsOn?: string | null;
  decidedOn: string;
  decidedBy: string;
  service: string;
  legalBasis: 'SHL' | 'LsL';
  periodStart: string | null;
  periodEnd: string | null;
  hoursPerMonth: number | null;
  supplier: string | null;
  fee: string | null;
  grounds: string | null;
  notification: 'post' | 'electronic' | 'in_person';
  notifiedOn: string | null;
  appealDeadline: string | null;
  /** A service voucher's value on the period's first day, where the service is arranged with one. */
  voucher?: { valueCents: number; unit: 'hour' | 'visit' } | null;
}

const T = {
  fi: {
    title: {
      initial: 'PÄÄTÖS',
      continuation: 'PÄÄTÖS PALVELUN JATKAMISESTA',
      change: 'PÄÄTÖS PALVELUN MUUTTAMISESTA',
      unmet_need: 'PÄÄTÖS: PALVELUA EI VOIDA JÄRJESTÄÄ',
      ending: 'PÄÄTÖS PALVELUN PÄÄTTYMISESTÄ',
    },
    unmet: 'Palvelutarve on todettu, mutta palvelua ei voida nyt järjestää',
    ends: (d: string) => `Palvelu päättyy ${d}`,
    client: 'Asiakas',
    born: 'syntynyt',
    decision: 'Päätös',
    granted: 'Myönnetään',
    denied: 'Ei myönnetä',
    service: 'Palvelu',
    basis: { SHL: 'Sosiaalihuoltolaki (1301/2014)', LsL: 'Lastensuojelulaki (417/2007)' },
    legalBasis: 'Lainkohta',
    period: 'Voimassa',
    hours: 'Tunteja kuukaudessa',
    supplier: 'Palveluntuottaja',
    fee: 'Asiakasmaksu',
    grounds: 'Perustelut',
    noGrounds: 'Palvelu myönnetään palvelutarpeen arvioinnin ja palveluesityksen mukaisesti.',
    decider: 'Päätöksen tekijä',
    decidedOn: 'Päätöspäivä',
    notification: { post: 'kirjeenä', electronic: 'sähköisesti', in_person: 'henkilökohtaisesti' },
    sent: 'Päätös annetaan tiedoksi',
    notified: 'Päätös katsotaan tiedoksi saaduksi',
    appeal: 'OIKAISUVAATIMUSOHJE',
    lastDay: 'Oikaisuvaatimuksen viimeinen jättöpäivä',
    voucher: 'Palveluseteli',
    per: { hour: 'tunti', visit: 'käynti' },
  },
  sv: {
    title: {
      initial: 'BESLUT',
      continuation: 'BESLUT OM FORTSATT TJÄNST',
      change: 'BESLUT OM ÄNDRING AV TJÄNSTEN',
      unmet_need: 'BESLUT: TJÄNSTEN KAN INTE ORDNAS',
      ending: 'BESLUT OM AVSLUTANDE AV TJÄNSTEN',
    },
    unmet: 'Servicebehovet har konstaterats, men tjänsten kan inte ordnas nu',
    ends: (d: string) => `Tjänsten upphör ${d}`,
    client: 'Klient',
    born: 'född',
    decision: 'Beslut',
    granted: 'Beviljas',
    denied: 'Beviljas inte',
    service: 'Tjänst',
    basis: { SHL: 'Socialvårdslagen (1301/2014)', LsL: 'Barnskyddslagen (417/2007)' },
    legalBasis: 'Lagrum',
    period: 'Gäller',
    hours: 'Timmar per månad',
    supplier: 'Serviceproducent',
    fee: 'Klientavgift',
    grounds: 'Motivering',
    noGrounds: 'Tjänsten beviljas enligt bedömningen av servicebehovet och serviceförslaget.',
    decider: 'Beslutsfattare',
    decidedOn: 'Beslutsdatum',
    notification: { post: 'per brev', electronic: 'elektroniskt', in_person: 'personligen' },
    sent: 'Beslutet delges',
    notified: 'Beslutet anses ha delgetts',
    appeal: 'ANVISNING OM BEGÄRAN OM OMPRÖVNING',
    lastDay: 'Sista dag för begäran om omprövning',
    voucher: 'Servicesedel',
    per: { hour: 'timme', visit: 'besök' },
  },
} as const;

/** Cents as Finns and Swedes write euros: 32,50. */
const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** The decision letter as a PDF: the county's name in both languages, the rest in the client's. */
export function renderDecisionLetter(f: LetterFacts): Promise<Buffer> {
  const t = T[f.language];
  const { doc, done } = countyDocument(t.title[f.kind]);

  doc.font('bold').fontSize(10).text(COUNTY);
  doc.moveDown(1.5).fontSize(16).text(t.title[f.kind]);
  doc
    .moveDown(0.5)
    .font('regular')
    .fontSize(10)
    .text(`${t.decidedOn}: ${day(f.decidedOn)}`);
  doc.moveDown();
  const row = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  row(t.client, `${f.clientName} (${t.born} ${day(f.dateOfBirth)})`);
  row(t.service, f.service);
  row(
    t.decision,
    f.kind === 'unmet_need'
      ? t.unmet
      : f.kind === 'ending'
        ? t.ends(day(f.endsOn ?? null))
        : f.outcome === 'granted'
          ? t.granted
          : t.denied,
  );
  row(t.legalBasis, t.basis[f.legalBasis]);
  if (f.outcome === 'granted') {
    if (f.periodStart) row(t.period, `${day(f.periodStart)}–${day(f.periodEnd)}`);
    if (f.hoursPerMonth !== null) row(t.hours, String(f.hoursPerMonth));
    if (f.supplier) row(t.supplier, f.supplier);
    if (f.voucher) row(t.voucher, `${euros(f.voucher.valueCents)} € / ${t.per[f.voucher.unit]}`);
    if (f.fee) row(t.fee, f.fee);
  }
  doc
    .moveDown()
    .font('bold')
    .text(t.grounds)
    .font('regular')
    .text(f.grounds ?? t.noGrounds);
  doc.moveDown();
  row(t.decider, f.decidedBy);
  row(t.sent, t.notification[f.notification]);
  if (f.notifiedOn) row(t.notified, day(f.notifiedOn));
  if (f.outcome === 'denied') {
    doc.moveDown(1.5).font('bold').fontSize(12).text(t.appeal);
    doc.moveDown(0.5).font('regular').fontSize(10).text(APPEAL_INSTRUCTIONS[f.language]);
    if (f.appealDeadline)
      doc
        .moveDown(0.5)
        .font('bold')
        .text(`${t.lastDay}: ${day(f.appealDeadline)}`);
  }
  doc.end();
  return done;
}
