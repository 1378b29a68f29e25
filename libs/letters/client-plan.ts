import type { DataSource } from 'typeorm';
import {
  aftercareContacts,
  aftercareOf,
  type Contact,
  countyNames,
  placedHere,
  type ServiceElsewhere,
  type ServiceHere,
  servicesElsewhere,
  servicesHere,
} from '../persistence/aftercare';
import { COUNTY, countyDocument, day } from './pdf';

type Language = 'fi' | 'sv';

/** What a young person's client plan in aftercare says (seed 003): the services, who arranges each, whom to contact. */
export interface ClientPlanFacts {
  language: Language;
  clientName: string;
  dateOfBirth: string;
  basis: 'placement' | 'open_care_support';
  startedOn: string;
  endsOn: string;
  planAgreedOn: string | null;
  placingCounty: string;
  residenceCounty: string;
  placedHere: boolean;
  responsibleWorker: Contact;
  ownWorker: Contact;
  otherCountyContact: Contact | null;
  servicesHere: ServiceHere[];
  servicesElsewhere: ServiceElsewhere[];
  /** The counties' names in the plan's language. */
  counties: Map<string, string>;
}

const T = {
  fi: {
    title: 'ASIAKASSUUNNITELMA – LASTENSUOJELUN JÄLKIHUOLTO',
    youngPerson: 'Nuori',
    born: 'syntynyt',
    aftercare: 'Jälkihuolto',
    basis: { placement: 'sijaishuollon päättyminen', open_care_support: 'avohuollon tukitoimien päättyminen' },
    from: 'alkaen',
    until: 'päättyy viimeistään',
    agreed: 'Suunnitelma sovittu',
    notAgreed: 'ei vielä sovittu',
    placing: 'Sijoittajahyvinvointialue',
    residence: 'Asuinhyvinvointialue',
    contacts: 'Keneen otan yhteyttä',
    responsible: 'Vastuutyöntekijä (sijoittajahyvinvointialue)',
    own: 'Omatyöntekijä täällä järjestetyissä palveluissa',
    other: 'Yhteyshenkilö asuinhyvinvointialueella',
    services: 'Palvelut',
    arrangedBy: 'järjestää',
    paidBy: 'kustantaa',
    none: 'Ei palveluita vielä.',
    ongoing: 'jatkuu',
    noCap:
      'Sijoittajahyvinvointialue ei aseta palveluille eikä kustannuksille kattoa: palvelut järjestetään nuoren tarpeen mukaan, samoin kuin muille alueella asuville nuorille.',
    status: {
      draft: 'valmisteilla',
      submitted: 'käsittelyssä',
      returned: 'palautettu täydennettäväksi',
      in_handling: 'käsittelyssä',
      ordered: 'tilattu',
      arranged: 'järjestetty',
      granted: 'myönnetty',
      committed: 'myönnetty',
      active: 'käynnissä',
      reassessment_overdue: 'käynnissä',
      ended: 'päättynyt',
      denied: 'ei myönnetty',
      unmet_need: 'ei voitu järjestää',
    } as Record<string, string>,
  },
  sv: {
    title: 'KLIENTPLAN – EFTERVÅRD INOM BARNSKYDDET',
    youngPerson: 'Den unga',
    born: 'född',
    aftercare: 'Eftervård',
    basis: { placement: 'vården utom hemmet upphörde', open_care_support: 'stödåtgärderna inom öppenvården upphörde' },
    from: 'från',
    until: 'upphör senast',
    agreed: 'Planen avtalad',
    notAgreed: 'inte ännu avtalad',
    placing: 'Placerande välfärdsområde',
    residence: 'Välfärdsområde där den unga bor',
    contacts: 'Vem jag kontaktar',
    responsible: 'Ansvarig arbetstagare (placerande välfärdsområde)',
    own: 'Egen kontaktperson för tjänsterna som ordnas här',
    other: 'Kontaktperson i välfärdsområdet där den unga bor',
    services: 'Tjänster',
    arrangedBy: 'ordnas av',
    paidBy: 'bekostas av',
    none: 'Inga tjänster ännu.',
    ongoing: 'fortsätter',
    noCap:
      'Det placerande välfärdsområdet sätter inget tak för tjänsterna eller kostnaderna: tjänsterna ordnas enligt den ungas behov, på samma sätt som för andra unga i området.',
    status: {
      draft: 'under beredning',
      submitted: 'under behandling',
      returned: 'returnerad för komplettering',
      in_handling: 'under behandling',
      ordered: 'beställd',
      arranged: 'ordnad',
      granted: 'beviljad',
      committed: 'beviljad',
      active: 'pågår',
      reassessment_overdue: 'pågår',
      ended: 'avslutad',
      denied: 'inte beviljad',
      unmet_need: 'kunde inte ordnas',
    } as Record<string, string>,
  },
} as const;

/** The client plan as a PDF: the county's name in both languages, the rest in the young person's. */
export function renderClientPlan(f: ClientPlanFacts): Promise<Buffer> {
  const t = T[f.language];
  const county = (code: string) => f.counties.get(code) ?? code;
  const { doc, done } = countyDocument(t.title);
  doc.font('bold').fontSize(10).text(COUNTY);
  doc.moveDown(1.5).font('bold').fontSize(15).text(t.title);
  const row = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  doc.moveDown(0.5).fontSize(10);
  row(t.youngPerson, `${f.clientName} (${t.born} ${day(f.dateOfBirth)})`);
  row(t.aftercare, `${t.basis[f.basis]}; ${t.from} ${day(f.startedOn)}, ${t.until} ${day(f.endsOn)}`);
  row(t.placing, county(f.placingCounty));
  row(t.residence, county(f.residenceCounty));
  row(t.agreed, f.planAgreedOn ? day(f.planAgreedOn) : t.notAgreed);

  doc.moveDown().font('bold').fontSize(12).text(t.contacts).fontSize(10);
  const contact = (label: string, c: Contact) => {
    doc.moveDown(0.3).font('bold').text(label);
    doc.font('regular').text(`${c.name}, ${c.team} (${county(c.county)})`);
    const reach = [c.phone, c.email].filter(Boolean).join(', ');
    if (reach) doc.text(reach);
  };
  contact(t.responsible, f.responsibleWorker);
  if (!f.placedHere) contact(t.own, f.ownWorker);
  if (f.otherCountyContact) contact(t.other, f.otherCountyContact);

  doc.moveDown().font('bold').fontSize(12).text(t.services).fontSize(10);
  const own = f.counties.get(f.ownWorker.county) ?? f.ownWorker.county;
  for (const s of f.servicesHere) {
    const period = s.periodStart ? `, ${day(s.periodStart)}–${day(s.periodEnd)}` : '';
    const payer = s.payingCounty ? `; ${t.paidBy} ${county(s.payingCounty)}` : '';
    doc
      .moveDown(0.3)
      .font('bold')
      .text(s.service?.[f.language] ?? s.serviceCode)
      .font('regular')
      .text(`${t.arrangedBy} ${own}${payer}: ${t.status[s.status] ?? s.status}${period}`);
  }
  for (const s of f.servicesElsewhere) {
    doc
      .moveDown(0.3)
      .font('bold')
      .text(s.service)
      .font('regular')
      .text(
        `${t.arrangedBy} ${county(s.countyCode)}: ${day(s.arrangedFrom)}–${s.arrangedTo ? day(s.arrangedTo) : t.ongoing}`,
      );
  }
  if (!f.servicesHere.length && !f.servicesElsewhere.length) doc.moveDown(0.3).font('regular').text(t.none);
  doc.moveDown().font('regular').text(t.noCap);
  doc.end();
  return done;
}

/** The young person's client plan as it stands now; null when they have no aftercare recorded. */
export async function clientPlanPdf(ds: DataSource, clientId: string): Promise<Buffer | null> {
  const row = await aftercareOf(ds, clientId);
  if (!row) return null;
  const [client]: { name: string; dateOfBirth: string; language: Language }[] = await ds.query(
    `select full_name as name, to_char(date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", language from client where id = $1`,
    [clientId],
  );
  const [contacts, here, elsewhere, counties] = await Promise.all([
    aftercareContacts(ds, row, client!.language),
    servicesHere(ds, clientId),
    servicesElsewhere(ds, clientId),
    countyNames(ds, client!.language),
  ]);
  return renderClientPlan({
    language: client!.language,
    clientName: client!.name,
    dateOfBirth: client!.dateOfBirth,
    basis: row.basis,
    startedOn: row.startedOn,
    endsOn: row.endsOn,
    planAgreedOn: row.planAgreedOn,
    placingCounty: row.placingCounty,
    residenceCounty: row.residenceCounty,
    placedHere: placedHere(row),
    ...contacts,
    servicesHere: here,
    servicesElsewhere: elsewhere,
    counties,
  });
}
