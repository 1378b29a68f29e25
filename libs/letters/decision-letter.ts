import { APPEAL_INSTRUCTIONS, type DecisionKind } from '../domain/decisions';
import { COUNTY, countyDocument, day } from './pdf';

export type LetterLanguage = 'fi' | 'sv';
export type LetterKind = DecisionKind;
/** Whose title the decision-maker signs with: a team lead's, else the profession's, else the role's. */
export type DeciderTitle = 'team_lead' | 'social_worker' | 'social_counsellor' | 'arranging' | 'own_worker';

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
  /** Whom the letter goes to: the young person of age, else the guardian, at the family's address. */
  recipient: { name: string | null; address: string | null };
  reference: string;
  deciderTitle: DeciderTitle;
  /** Whom the family asks about the decision: the client's own worker. */
  contact: { name: string; email: string | null };
  /**
   * A young person in aftercare: the placing county's responsible worker, whom they contact (seed 003), with the
   * team's phone and the county by name; null or absent for everyone else (libs/persistence/aftercare.ts).
   */
  responsibleWorker?: { name: string; team: string; phone: string | null; county: string } | null;
  /** Where a request for rectification is sent (the county's settings); null where the county has none set. */
  authority: { address: string | null; email: string | null };
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
    guardian: 'Huoltaja',
    reference: 'Viitenumero',
    jobTitle: 'Tehtävänimike',
    titles: {
      team_lead: 'johtava sosiaalityöntekijä',
      social_worker: 'sosiaalityöntekijä',
      social_counsellor: 'sosiaaliohjaaja',
      arranging: 'palveluohjaaja',
      own_worker: 'omatyöntekijä',
    },
    contact: 'Lisätietoja päätöksestä antaa',
    responsible: 'Jälkihuollon vastuutyöntekijä',
    phone: 'puh.',
    authority: 'Oikaisuvaatimus osoitetaan',
    authorityName: 'Länsi-Uudenmaan hyvinvointialueen yksilöasioiden jaosto',
    postal: 'Postiosoite',
    email: 'Sähköposti',
    notSet: 'kysy päätöksen tekijältä',
    contents: 'Oikaisuvaatimuksen sisältö',
    mustContain:
      'Oikaisuvaatimus tehdään kirjallisesti. Siinä on ilmoitettava päätös, johon oikaisua vaaditaan (mainitse ' +
      'viitenumero), millaista oikaisua vaaditaan ja millä perusteilla, sekä vaatimuksen tekijän nimi ja ' +
      'yhteystiedot (postiosoite ja puhelinnumero tai sähköposti).',
    arrives:
      'Oikaisuvaatimuksen on oltava perillä viimeistään määräajan viimeisenä päivänä ennen viraston aukioloajan ' +
      'päättymistä. Sähköpostilla lähetetty vaatimus on perillä, kun se on saapunut viraston sähköpostiin.',
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
    guardian: 'Vårdnadshavare',
    reference: 'Referensnummer',
    jobTitle: 'Befattning',
    titles: {
      team_lead: 'ledande socialarbetare',
      social_worker: 'socialarbetare',
      social_counsellor: 'socialhandledare',
      arranging: 'servicehandledare',
      own_worker: 'egen kontaktperson',
    },
    contact: 'Mer information om beslutet ger',
    responsible: 'Ansvarig arbetstagare inom eftervården',
    phone: 'tfn',
    authority: 'Begäran om omprövning riktas till',
    authorityName: 'Västra Nylands välfärdsområdes sektion för individärenden',
    postal: 'Postadress',
    email: 'E-post',
    notSet: 'fråga beslutsfattaren',
    contents: 'Innehållet i begäran om omprövning',
    mustContain:
      'Begäran om omprövning görs skriftligen. Av den ska framgå det beslut som omprövning begärs i (ange ' +
      'referensnumret), hurdan omprövning som begärs och på vilka grunder, samt namnet på den som begär ' +
      'omprövning och hans eller hennes kontaktuppgifter (postadress och telefonnummer eller e-post).',
    arrives:
      'Begäran om omprövning ska ha kommit fram senast den sista dagen innan ämbetsverkets öppettid går ut. En ' +
      'begäran som sänts per e-post har kommit fram när den har kommit till ämbetsverkets e-post.',
  },
} as const;

/** Cents as Finns and Swedes write euros: 32,50. */
const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

/** The decision letter as a PDF: the county's name in both languages, the rest in the client's. */
export function renderDecisionLetter(f: LetterFacts): Promise<Buffer> {
  const t = T[f.language];
  const { doc, done } = countyDocument(t.title[f.kind]);

  doc.font('bold').fontSize(10).text(COUNTY);
  // The recipient block, where a window envelope shows it: the name and the address the letter goes to.
  doc
    .moveDown()
    .font('regular')
    .text(f.recipient.name ?? t.guardian);
  for (const line of (f.recipient.address ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean))
    doc.text(line);
  doc.moveDown(1.5).font('bold').fontSize(16).text(t.title[f.kind]);
  const row = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  doc.moveDown(0.5).fontSize(10);
  row(t.decidedOn, day(f.decidedOn));
  row(t.reference, f.reference);
  doc.moveDown();
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
  row(t.jobTitle, t.titles[f.deciderTitle]);
  row(t.contact, [f.contact.name, f.contact.email].filter(Boolean).join(', '));
  if (f.responsibleWorker) {
    const w = f.responsibleWorker;
    row(t.responsible, [w.name, w.team, w.county, w.phone && `${t.phone} ${w.phone}`].filter(Boolean).join(', '));
  }
  row(t.sent, t.notification[f.notification]);
  if (f.notifiedOn) row(t.notified, day(f.notifiedOn));
  if (f.appealDeadline) {
    // What the Administrative Procedure Act asks of the instructions (434/2003 § 47 and § 49 c): the
    // authority and how to reach it, what the request must contain, the deadline and how it is counted.
    doc.moveDown(1.5).font('bold').fontSize(12).text(t.appeal);
    doc.moveDown(0.5).fontSize(10);
    row(t.authority, t.authorityName);
    row(t.postal, f.authority.address ?? t.notSet);
    row(t.email, f.authority.email ?? t.notSet);
    doc.moveDown(0.5).font('bold').text(t.contents).font('regular').text(t.mustContain);
    doc.moveDown(0.5).text(APPEAL_INSTRUCTIONS[f.language]);
    doc.moveDown(0.5).text(t.arrives);
    doc
      .moveDown(0.5)
      .font('bold')
      .text(`${t.lastDay}: ${day(f.appealDeadline)}`);
  }
  doc.end();
  return done;
}
