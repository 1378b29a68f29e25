import type { LegalBasis, Profession, Role } from '../../contracts';
import { today } from '../../domain/dates';

/**
 * Reference data for a demo of West Uusimaa: teams, workers, clients, suppliers and contracts.
 * The people are invented. Ids are fixed so that the data loads idempotently and tokens can be
 * minted by username.
 */

const id = (group: number, n: number) =>
  `00000000-0000-4000-8000-${String(group).padStart(6, '0')}${String(n).padStart(6, '0')}`;

export const TEAMS: {
  id: string;
  kind: 'own_workers' | 'arranging' | 'management' | 'procurement';
  legalBasis: LegalBasis | null;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}[] = [
  {
    id: 'arr-fsw',
    kind: 'arranging',
    legalBasis: 'SHL',
    nameFi: 'Palvelujen järjestäminen, perhesosiaalityö',
    nameSv: 'Ordnande av tjänster, familjesocialarbete',
    nameEn: 'Arranging team, family social work',
  },
  {
    id: 'arr-cw',
    kind: 'arranging',
    legalBasis: 'LsL',
    nameFi: 'Palvelujen järjestäminen, lastensuojelu',
    nameSv: 'Ordnande av tjänster, barnskydd',
    nameEn: 'Arranging team, child welfare',
  },
  {
    id: 'fsw-espoo',
    kind: 'own_workers',
    legalBasis: 'SHL',
    nameFi: 'Perhesosiaalityö, Espoo',
    nameSv: 'Familjesocialarbete, Esbo',
    nameEn: 'Family social work, Espoo',
  },
  {
    id: 'cw-lohja',
    kind: 'own_workers',
    legalBasis: 'LsL',
    nameFi: 'Lastensuojelu, Lohja',
    nameSv: 'Barnskydd, Lojo',
    nameEn: 'Child welfare, Lohja',
  },
  { id: 'lead', kind: 'management', legalBasis: null, nameFi: 'Esihenkilöt', nameSv: 'Chefer', nameEn: 'Team leads' },
  {
    id: 'procurement',
    kind: 'procurement',
    legalBasis: null,
    nameFi: 'Hankinnat',
    nameSv: 'Upphandling',
    nameEn: 'Procurement',
  },
];

/** Each supplier's address for orders (its contracts carry it) is in a domain reserved for examples. */
export const SUPPLIERS = [
  {
    id: id(3, 1),
    businessId: '1234567-1',
    name: 'Perhepolku Oy',
    ownProduction: false,
    orderEmail: 'tilaukset@perhepolku.example',
  },
  {
    id: id(3, 2),
    businessId: '2345678-0',
    name: 'Familjestöd Väst Ab',
    ownProduction: false,
    orderEmail: 'bestallningar@familjestod.example',
  },
  {
    id: id(3, 3),
    businessId: '3456788-1',
    name: 'Tukiverkko Oy',
    ownProduction: false,
    orderEmail: 'tilaukset@tukiverkko.example',
  },
  // The county's own-production units: the home help unit first (the lowest business id), then family work.
  {
    id: id(3, 9),
    businessId: '3221397-5',
    name: 'LUVN kotipalvelu / hemservice',
    ownProduction: true,
    orderEmail: 'oma.tuotanto@luvn.example',
  },
  {
    id: id(3, 10),
    businessId: '3221398-3',
    name: 'LUVN perhetyö / familjearbete',
    ownProduction: true,
    orderEmail: 'perhetyo@luvn.example',
  },
];

/** Each own-production unit's capacity, in hours a month per service it provides. */
export const UNIT_CAPACITY: { supplierId: string; serviceCode: string; hoursPerMonth: number }[] = [
  { supplierId: id(3, 9), serviceCode: 'home_help', hoursPerMonth: 120 },
  { supplierId: id(3, 10), serviceCode: 'family_work', hoursPerMonth: 160 },
  { supplierId: id(3, 10), serviceCode: 'intensified_family_work', hoursPerMonth: 80 },
];

/** A demo person's work e-mail, in a domain reserved for examples. */
export const emailOf = (username: string) => `${username}@luvn.example`;

export const USERS: {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  profession: Profession | null;
  teamId: string | null;
  supplierId: string | null;
  /** An own-production unit's lead: answers the unit's orders and its self-monitoring cases. */
  unitLead?: boolean;
}[] = [
  {
    id: id(1, 1),
    username: 'aino',
    fullName: 'Aino Virtanen',
    role: 'own_worker',
    profession: 'social_worker',
    teamId: 'fsw-espoo',
    supplierId: null,
  },
  {
    id: id(1, 2),
    username: 'erik',
    fullName: 'Erik Lindholm',
    role: 'own_worker',
    profession: 'social_counsellor',
    teamId: 'fsw-espoo',
    supplierId: null,
  },
  {
    id: id(1, 3),
    username: 'helmi',
    fullName: 'Helmi Korhonen',
    role: 'own_worker',
    profession: 'social_worker',
    teamId: 'cw-lohja',
    supplierId: null,
  },
  {
    id: id(1, 11),
    username: 'sanna',
    fullName: 'Sanna Mäkinen',
    role: 'arranging',
    profession: 'social_counsellor',
    teamId: 'arr-fsw',
    supplierId: null,
  },
  {
    id: id(1, 12),
    username: 'jonas',
    fullName: 'Jonas Ekström',
    role: 'arranging',
    profession: 'social_counsellor',
    teamId: 'arr-fsw',
    supplierId: null,
  },
  {
    id: id(1, 13),
    username: 'laura',
    fullName: 'Laura Nieminen',
    role: 'arranging',
    profession: 'social_worker',
    teamId: 'arr-cw',
    supplierId: null,
  },
  {
    id: id(1, 14),
    username: 'mikko',
    fullName: 'Mikko Heikkinen',
    role: 'arranging',
    profession: 'social_worker',
    teamId: 'arr-cw',
    supplierId: null,
  },
  {
    id: id(1, 15),
    username: 'oskari',
    fullName: 'Oskari Laine',
    role: 'arranging',
    profession: 'social_counsellor',
    teamId: 'arr-cw',
    supplierId: null,
  },
  {
    id: id(1, 21),
    username: 'riikka',
    fullName: 'Riikka Salo',
    role: 'team_lead',
    profession: 'social_worker',
    teamId: 'lead',
    supplierId: null,
  },
  {
    id: id(1, 22),
    username: 'tuomas',
    fullName: 'Tuomas Rantanen',
    role: 'team_lead',
    profession: 'social_worker',
    teamId: 'lead',
    supplierId: null,
  },
  {
    id: id(1, 31),
    username: 'petra',
    fullName: 'Petra Holm',
    role: 'procurement',
    profession: null,
    teamId: 'procurement',
    supplierId: null,
  },
  {
    id: id(1, 41),
    username: 'perhepolku',
    fullName: 'Perhepolku Oy, tilaukset',
    role: 'supplier',
    profession: null,
    teamId: null,
    supplierId: id(3, 1),
  },
  {
    id: id(1, 42),
    username: 'familjestod',
    fullName: 'Familjestöd Väst Ab, beställningar',
    role: 'supplier',
    profession: null,
    teamId: null,
    supplierId: id(3, 2),
  },
  {
    id: id(1, 43),
    username: 'tukiverkko',
    fullName: 'Tukiverkko Oy, tilaukset',
    role: 'supplier',
    profession: null,
    teamId: null,
    supplierId: id(3, 3),
  },
  // Each own-production unit's lead and a worker: the unit is their supplier record.
  {
    id: id(1, 61),
    username: 'hanna',
    fullName: 'Hanna Koskinen',
    role: 'own_production',
    profession: null,
    teamId: null,
    supplierId: id(3, 9),
    unitLead: true,
  },
  {
    id: id(1, 62),
    username: 'leena',
    fullName: 'Leena Nurmi',
    role: 'own_production',
    profession: null,
    teamId: null,
    supplierId: id(3, 9),
  },
  {
    id: id(1, 63),
    username: 'maria',
    fullName: 'Maria Sjöberg',
    role: 'own_production',
    profession: null,
    teamId: null,
    supplierId: id(3, 10),
    unitLead: true,
  },
  {
    id: id(1, 64),
    username: 'juho',
    fullName: 'Juho Kallio',
    role: 'own_production',
    profession: null,
    teamId: null,
    supplierId: id(3, 10),
  },
  {
    id: id(1, 51),
    username: 'kaisa',
    fullName: 'Kaisa Lehtonen',
    role: 'registrar',
    profession: null,
    teamId: null,
    supplierId: null,
  },
];

/** Riikka leads the own workers' and arranging teams of both services; Tuomas those of child welfare only. */
export const TEAM_LEADS: { userId: string; teamId: string }[] = [
  ...['fsw-espoo', 'cw-lohja', 'arr-fsw', 'arr-cw'].map((teamId) => ({ userId: id(1, 21), teamId })),
  ...['cw-lohja', 'arr-cw'].map((teamId) => ({ userId: id(1, 22), teamId })),
];

const aino = id(1, 1);
const erik = id(1, 2);
const helmi = id(1, 3);

export const CLIENTS: {
  id: string;
  fullName: string;
  dateOfBirth: string;
  municipalityCode: string;
  language: 'fi' | 'sv';
  legalBasis: LegalBasis;
  ownWorkerId: string;
  /** Where the family lives, and the guardian a supplier calls: shown to a supplier that accepted an order. */
  address: string;
  contactName: string;
  contactPhone: string;
  /** Special support needs under the Social Welfare Act (SHL 3 §), as the client information system says. */
  specialSupportNeeds?: boolean;
}[] = [
  {
    id: id(2, 1),
    fullName: 'Eetu Järvinen',
    dateOfBirth: '2014-03-12',
    municipalityCode: 'espoo',
    language: 'fi',
    legalBasis: 'SHL',
    ownWorkerId: aino,
    address: 'Kivenlahdentie 4 B 12, 02320 Espoo',
    contactName: 'Marja Järvinen',
    contactPhone: '+358 40 111 2201',
    specialSupportNeeds: true,
  },
  {
    id: id(2, 2),
    fullName: 'Ella Lehtonen',
    dateOfBirth: '2019-08-30',
    municipalityCode: 'kirkkonummi',
    language: 'fi',
    legalBasis: 'SHL',
    ownWorkerId: aino,
    address: 'Ervastintie 9, 02400 Kirkkonummi',
    contactName: 'Jussi Lehtonen',
    contactPhone: '+358 40 111 2202',
    specialSupportNeeds: true,
  },
  {
    id: id(2, 3),
    fullName: 'Noah Westerlund',
    dateOfBirth: '2012-01-05',
    municipalityCode: 'raasepori',
    language: 'sv',
    legalBasis: 'SHL',
    ownWorkerId: erik,
    address: 'Kungsgatan 3 A 5, 10600 Ekenäs',
    contactName: 'Anna Westerlund',
    contactPhone: '+358 40 111 2203',
    specialSupportNeeds: true,
  },
  {
    id: id(2, 4),
    fullName: 'Linnea Björk',
    dateOfBirth: '2017-11-19',
    municipalityCode: 'hanko',
    language: 'sv',
    legalBasis: 'SHL',
    ownWorkerId: erik,
    address: 'Esplanaden 21, 10900 Hangö',
    contactName: 'Peter Björk',
    contactPhone: '+358 40 111 2204',
  },
  {
    id: id(2, 9),
    fullName: 'Vilja Mattila',
    dateOfBirth: '2021-04-09',
    municipalityCode: 'vihti',
    language: 'fi',
    legalBasis: 'SHL',
    ownWorkerId: aino,
    address: 'Nummelantie 17, 03100 Vihti',
    contactName: 'Sari Mattila',
    contactPhone: '+358 40 111 2209',
    specialSupportNeeds: true,
  },
  {
    id: id(2, 5),
    fullName: 'Onni Hämäläinen',
    dateOfBirth: '2011-06-02',
    municipalityCode: 'lohja',
    language: 'fi',
    legalBasis: 'LsL',
    ownWorkerId: helmi,
    address: 'Laurinkatu 30 C 7, 08100 Lohja',
    contactName: 'Kari Hämäläinen',
    contactPhone: '+358 40 111 2205',
  },
  {
    id: id(2, 6),
    fullName: 'Aada Koskinen',
    dateOfBirth: '2016-09-14',
    municipalityCode: 'vihti',
    language: 'fi',
    legalBasis: 'LsL',
    ownWorkerId: helmi,
    address: 'Otalammentie 2, 03250 Vihti',
    contactName: 'Tiina Koskinen',
    contactPhone: '+358 40 111 2206',
  },
  {
    id: id(2, 7),
    fullName: 'Elias Nyström',
    dateOfBirth: '2013-04-27',
    municipalityCode: 'siuntio',
    language: 'sv',
    legalBasis: 'LsL',
    ownWorkerId: helmi,
    address: 'Sjundbyvägen 8, 02580 Sjundeå',
    contactName: 'Maria Nyström',
    contactPhone: '+358 40 111 2207',
  },
  {
    id: id(2, 8),
    fullName: 'Sofia Laaksonen',
    dateOfBirth: '2009-12-01',
    municipalityCode: 'karkkila',
    language: 'fi',
    legalBasis: 'LsL',
    ownWorkerId: helmi,
    address: 'Valtatie 44, 03600 Karkkila',
    contactName: 'Heli Laaksonen',
    contactPhone: '+358 40 111 2208',
  },
  {
    // A young person in aftercare, placed by Vantaa and Kerava, who lives in Lohja (AFTERCARE below).
    id: id(2, 10),
    fullName: 'Jenna Aaltonen',
    dateOfBirth: '2006-08-19',
    municipalityCode: 'lohja',
    language: 'fi',
    legalBasis: 'LsL',
    ownWorkerId: helmi,
    address: 'Kauppakatu 12 B 7, 08100 Lohja',
    contactName: 'Jenna Aaltonen',
    contactPhone: '+358 40 111 2210',
  },
];

/**
 * Child welfare's aftercare (seed 003): Jenna, placed by Vantaa and Kerava, lives here; that county's responsible
 * worker is recorded as it told, and helmi is her own worker for the services arranged here.
 */
export const AFTERCARE = [
  {
    clientId: id(2, 10),
    basis: 'placement' as const,
    startedOn: '2024-09-01',
    placingCounty: 'vantaa_kerava',
    residenceCounty: 'west_uusimaa',
    planAgreedOn: '2026-10-15',
    responsible: { name: 'Sari Virtanen', team: 'Nuorten jälkihuolto', phone: '+358 9 8392 0100' },
    recordedBy: helmi,
  },
];

/**
 * The people of the demo region who sign in to the family's view: each client's guardian (the contact
 * the register names), and Sofia, 16 or more, who sees her own matters too. The identity codes are
 * invented and clearly fake: individual numbers 900–999 are the range kept for test codes, never given
 * to a real person. Only their keyed hashes reach the database (libs/persistence/identity-codes.ts).
 */
export const PERSONS: { id: string; name: string; identityCode: string; guardianOf: string[]; self?: string }[] = [
  guardian(1, '120484-901P', 'Eetu Järvinen'),
  guardian(2, '030988-9020', 'Ella Lehtonen'),
  guardian(3, '210679-903W', 'Noah Westerlund'),
  guardian(4, '140285-904R', 'Linnea Björk'),
  guardian(5, '301190-905M', 'Vilja Mattila'),
  guardian(6, '070781-9069', 'Onni Hämäläinen'),
  guardian(7, '180187-9074', 'Aada Koskinen'),
  guardian(8, '250383-9088', 'Elias Nyström'),
  guardian(9, '091077-9092', 'Sofia Laaksonen'),
  {
    id: id(5, 10),
    name: 'Sofia Laaksonen',
    identityCode: '011209A9100',
    guardianOf: [],
    self: clientNamed('Sofia Laaksonen').id,
  },
];

function clientNamed(name: string) {
  const client = CLIENTS.find((c) => c.fullName === name);
  if (!client) throw new Error(`no demo client ${name}`);
  return client;
}

/** The guardian of a demo client: the contact the register names. */
function guardian(n: number, identityCode: string, clientName: string) {
  const client = clientNamed(clientName);
  return { id: id(5, n), name: client.contactName, identityCode, guardianOf: [client.id] };
}

/** The phone the family calls, by team: invented numbers, not the county's. */
export const TEAM_PHONES: Record<string, string> = {
  'fsw-espoo': '+358 9 8165 0101',
  'cw-lohja': '+358 19 3691 0102',
};

export const COST_CENTRES = [
  { code: '4100-FSW', nameFi: 'Perhesosiaalityön ostopalvelut', nameSv: 'Familjesocialarbetets köpta tjänster' },
  {
    code: '4200-CW',
    nameFi: 'Lastensuojelun avohuollon ostopalvelut',
    nameSv: 'Barnskyddets köpta öppenvårdstjänster',
  },
  { code: '4300-OWN', nameFi: 'Oma tuotanto, perhepalvelut', nameSv: 'Egen produktion, familjetjänster' },
];

const cancellation = (hours: number, chargeable: number) => ({
  freeCancellationHours: hours,
  lateCancellationChargePercent: chargeable,
});

/**
 * The demo's contracts run from fixed days in the past to days counted from the year the demo is
 * loaded (one supplier's end that year, so the demo shows a contract running out), so that a demo
 * loaded in any year has suppliers to order from.
 */
const LOADED_IN = Number(today().slice(0, 4));
function untilEndOf(yearsAfterLoading: number, monthDay: string): string {
  return `${LOADED_IN + yearsAfterLoading}-${monthDay}`;
}

export const CONTRACTS: {
  id: string;
  supplierId: string;
  serviceCode: string;
  unit: 'hour' | 'day' | 'month';
  unitPriceCents: number;
  validFrom: string;
  validTo: string;
  cancellationTerms: Record<string, number>;
  /** The working days the supplier has to answer an order. */
  orderAnswerWorkingDays: number;
}[] = [
  {
    id: id(4, 1),
    supplierId: id(3, 1),
    serviceCode: 'home_help',
    unit: 'hour',
    unitPriceCents: 4900,
    validFrom: '2025-01-01',
    validTo: untilEndOf(1, '12-31'),
    cancellationTerms: cancellation(24, 100),
    orderAnswerWorkingDays: 3,
  },
  {
    id: id(4, 2),
    supplierId: id(3, 1),
    serviceCode: 'family_work',
    unit: 'hour',
    unitPriceCents: 6500,
    validFrom: '2025-01-01',
    validTo: untilEndOf(1, '12-31'),
    cancellationTerms: cancellation(24, 100),
    orderAnswerWorkingDays: 3,
  },
  {
    id: id(4, 3),
    supplierId: id(3, 1),
    serviceCode: 'intensified_family_work',
    unit: 'hour',
    unitPriceCents: 7200,
    validFrom: '2025-01-01',
    validTo: untilEndOf(1, '12-31'),
    cancellationTerms: cancellation(48, 50),
    orderAnswerWorkingDays: 3,
  },
  {
    id: id(4, 4),
    supplierId: id(3, 2),
    serviceCode: 'home_help',
    unit: 'hour',
    unitPriceCents: 5100,
    validFrom: '2025-06-01',
    validTo: untilEndOf(2, '05-31'),
    cancellationTerms: cancellation(24, 100),
    orderAnswerWorkingDays: 3,
  },
  {
    id: id(4, 5),
    supplierId: id(3, 2),
    serviceCode: 'intensified_family_work',
    unit: 'hour',
    unitPriceCents: 6900,
    validFrom: '2025-06-01',
    validTo: untilEndOf(2, '05-31'),
    cancellationTerms: cancellation(24, 100),
    orderAnswerWorkingDays: 3,
  },
  {
    id: id(4, 6),
    supplierId: id(3, 2),
    serviceCode: 'professional_support_person',
    unit: 'hour',
    unitPriceCents: 6200,
    validFrom: '2025-06-01',
    validTo: untilEndOf(2, '05-31'),
    cancellationTerms: cancellation(24, 100),
    orderAnswerWorkingDays: 3,
  },
  {
    id: id(4, 7),
    supplierId: id(3, 3),
    serviceCode: 'professional_support_person',
    unit: 'hour',
    unitPriceCents: 5900,
    validFrom: '2024-01-01',
    validTo: untilEndOf(0, '12-31'),
    cancellationTerms: cancellation(48, 100),
    orderAnswerWorkingDays: 3,
  },
  {
    id: id(4, 8),
    supplierId: id(3, 3),
    serviceCode: 'family_rehabilitation_24h',
    unit: 'day',
    unitPriceCents: 65000,
    validFrom: '2024-01-01',
    validTo: untilEndOf(0, '12-31'),
    cancellationTerms: cancellation(72, 100),
    orderAnswerWorkingDays: 3,
  },
  {
    id: id(4, 9),
    supplierId: id(3, 3),
    serviceCode: 'open_family_rehabilitation',
    unit: 'hour',
    unitPriceCents: 8800,
    validFrom: '2024-01-01',
    validTo: untilEndOf(0, '12-31'),
    cancellationTerms: cancellation(48, 100),
    orderAnswerWorkingDays: 3,
  },
  // An expired contract: the supplier cannot be chosen for new orders of this service.
  {
    id: id(4, 10),
    supplierId: id(3, 3),
    serviceCode: 'family_work',
    unit: 'hour',
    unitPriceCents: 6000,
    validFrom: '2023-01-01',
    validTo: '2024-12-31',
    cancellationTerms: cancellation(24, 100),
    orderAnswerWorkingDays: 3,
  },
];

/**
 * The demo region's example of where a request for rectification is sent, labelled as such: made up for
 * the demo, in a domain reserved for examples. The county sets its own section's address and e-mail.
 */
const ADDRESS_EXAMPLE = 'Esimerkki demoalueelle: keksitty osoite, ei hyvinvointialueen oikea yhteystieto';
export const EXAMPLE_TEXT_SETTINGS: { key: string; scope: string; text: string; validFrom: string; source: string }[] =
  [
    {
      key: 'rectification_authority_address',
      scope: 'fi',
      text: 'Yksilöasioiden jaosto, Kirjaamo, PL 1000, 02070 Länsi-Uudenmaan hyvinvointialue',
      validFrom: '2025-01-01',
      source: ADDRESS_EXAMPLE,
    },
    {
      key: 'rectification_authority_address',
      scope: 'sv',
      text: 'Sektionen för individärenden, Registratorskontoret, PB 1000, 02070 Västra Nylands välfärdsområde',
      validFrom: '2025-01-01',
      source: ADDRESS_EXAMPLE,
    },
    {
      key: 'rectification_authority_email',
      scope: '',
      text: 'kirjaamo@luvn.example',
      validFrom: '2025-01-01',
      source: ADDRESS_EXAMPLE,
    },
  ];

/**
 * The demo region's examples of the county's settings, labelled as such: the 2024 purchases and the 20 %
 * target are Pirkanmaa's (seed 002), the caseload norms those discussed in seed 003. A county sets its own.
 */
const PIRKANMAA = 'Esimerkki demoalueelle: Pirkanmaan hyvinvointialueen ostot 2024 (seed 002), ei tämän alueen luku';
export const EXAMPLE_SETTINGS: { key: string; scope: string; value: number; validFrom: string; source: string }[] = [
  ...Object.entries({
    home_help: 108_600_000,
    family_work: 56_600_000,
    intensified_family_work: 264_900_000,
    intensive_intensified_family_work: 19_700_000,
    open_family_rehabilitation: 33_100_000,
  }).map(([scope, value]) => ({
    key: 'purchase_baseline_cents',
    scope,
    value,
    validFrom: '2025-01-01',
    source: PIRKANMAA,
  })),
  { key: 'purchase_reduction_target', scope: '', value: 0.2, validFrom: '2025-01-01', source: PIRKANMAA },
  ...Object.entries({ social_worker: 50, social_counsellor: 25 }).map(([scope, value]) => ({
    key: 'caseload_norm',
    scope,
    value,
    validFrom: '2025-01-01',
    source: 'Esimerkki demoalueelle: LUVN:ssä keskusteltu mitoitus (seed 003), ei päätetty',
  })),
];
