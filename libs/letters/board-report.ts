import { stringify } from 'csv-stringify/sync';

/**
 * The quarterly report to the board (issue 24): the team lead's figures of one quarter, by service and by
 * municipality, in Finnish or Swedish. Seed 002 reports the strategy's targets "hallitukselle ja
 * valtuustolle … osavuosikatsausten yhteydessä neljä kertaa vuodessa", the purchases against a year's level
 * ("ostot vähenevät 20 % vuoden 2024 tasosta"): so a quarter, and the year so far against the yearly baseline. Counts, shares, euros and the county's settings only: no client,
 * no worker, no free text. Unset settings stay null and are told as not set, never filled in.
 */
export type BoardLanguage = 'fi' | 'sv';

/** One service's figures in the quarter, for the county or for one municipality's clients. */
export interface BoardServiceRow {
  serviceCode: string;
  started: number;
  medianDays: number | null;
  withinTargetShare: number | null;
  negativeDecisions: number;
  rectificationRequests: number;
  inTime: number;
  changed: number;
  upheld: number;
  dismissedLate: number;
  pending: number;
  courtAppeals: number;
  courtOverturned: number;
  unmetRecorded: number;
  unmetStillOpen: number;
  npsAnswers: number;
  /** Null under the number of answers shown. */
  nps: number | null;
  npsTarget: number | null;
  npsTargetSource: string | null;
  /** Purchases charged in the quarter's months. */
  chargedHours: number;
  spentCents: number;
}

/** Purchases of the year up to the quarter's end against the county's yearly baseline and target. */
export interface BoardPurchaseRow {
  serviceCode: string;
  yearToDateCents: number;
  baselineCents: number | null;
  baselineSource: string | null;
  targetCents: number | null;
  /** The year so far against the year's target, 0–1 and more; null without a target. */
  yearToDateShareOfTarget: number | null;
}

export interface BoardCaseloadRow {
  profession: string | null;
  workers: number;
  clients: number;
  runningServices: number;
  norm: number | null;
  workersOverNorm: number;
}

export interface BoardSupervisionRow {
  /** Cases opened in the quarter, those closed in it by outcome, and those open at its end. */
  opened: number;
  closed: Record<string, number>;
  openAtEnd: number;
}

export interface BoardReport {
  quarter: string;
  from: string;
  to: string;
  printedAt: Date;
  /** The day the caseloads were counted (they are a picture of that day, not of the quarter). */
  caseloadsOn: string;
  serviceNames: Record<string, { fi: string; sv: string }>;
  municipalityNames: Record<string, { fi: string; sv: string }>;
  county: BoardServiceRow[];
  byMunicipality: { municipalityCode: string; services: BoardServiceRow[] }[];
  reductionTarget: number | null;
  reductionTargetSource: string | null;
  purchases: BoardPurchaseRow[];
  caseloads: BoardCaseloadRow[];
  supervision: BoardSupervisionRow;
  reassessmentsOverdueNow: number;
}

export const SUPERVISION_OUTCOMES = ['no_action', 'resolved', 'sanction', 'contract_terminated'] as const;

export const BOARD_TEXTS = {
  fi: {
    title: 'NELJÄNNESVUOSIRAPORTTI HALLITUKSELLE',
    quarter: 'Vuosineljännes',
    printed: 'Tulostettu',
    scope:
      'Saatavuus, päätökset, palvelutarpeet ja asiakastyytyväisyys koskevat raportin tulostaneen esihenkilön tiimien asiakkaiden palveluja; ostot ja valvonta koko hyvinvointialuetta. Raportissa ei ole asiakkaiden tietoja; alle viiden vastauksen NPS jätetään näyttämättä.',
    wholeCounty: 'Koko hyvinvointialue',
    notSet: 'ei asetettu',
    withheld: 'alle 5 vastausta',
    none: 'Ei laskettavaa tällä vuosineljänneksellä.',
    source: 'Lähde',
    sections: {
      access: 'Palvelun saatavuus ja asiakastyytyväisyys',
      appeals: 'Kielteiset päätökset ja oikaisuvaatimukset',
      unmet: 'Täyttymättömät tarpeet',
      purchases: 'Ostopalvelut suhteessa lähtötasoon',
      caseloads: 'Asiakasmäärät ammattiryhmittäin',
      supervision: 'Valvonta-asiat',
      municipalities: 'Kunnittain',
    },
    reductionTarget: 'Vähennystavoite',
    overdue: 'Myöhässä olevat uudelleenarvioinnit tulostushetkellä',
    caseloadsOn: 'Tilanne',
    profession: { social_worker: 'Sosiaalityöntekijä', social_counsellor: 'Sosiaaliohjaaja', none: 'Ei ammattia' },
    outcome: {
      no_action: 'Ei toimenpiteitä',
      resolved: 'Ratkaistu, huomautus annettu',
      sanction: 'Sanktio',
      contract_terminated: 'Sopimus päätetty',
    },
  },
  sv: {
    title: 'KVARTALSRAPPORT TILL STYRELSEN',
    quarter: 'Kvartal',
    printed: 'Utskriven',
    scope:
      'Tillgång, beslut, servicebehov och klientnöjdhet gäller tjänsterna för klienterna i de team som leds av chefen som skrev ut rapporten; köptjänster och tillsyn hela välfärdsområdet. Rapporten innehåller inga klientuppgifter; NPS med färre än fem svar visas inte.',
    wholeCounty: 'Hela välfärdsområdet',
    notSet: 'inte fastställt',
    withheld: 'färre än 5 svar',
    none: 'Inget att räkna under kvartalet.',
    source: 'Källa',
    sections: {
      access: 'Tillgång till tjänster och klientnöjdhet',
      appeals: 'Negativa beslut och begäran om omprövning',
      unmet: 'Otillgodosedda behov',
      purchases: 'Köptjänster i förhållande till utgångsnivån',
      caseloads: 'Klientantal per yrkesgrupp',
      supervision: 'Tillsynsärenden',
      municipalities: 'Per kommun',
    },
    reductionTarget: 'Minskningsmål',
    overdue: 'Försenade ombedömningar vid utskriften',
    caseloadsOn: 'Läge',
    profession: { social_worker: 'Socialarbetare', social_counsellor: 'Socialhandledare', none: 'Utan yrke' },
    outcome: {
      no_action: 'Inga åtgärder',
      resolved: 'Löst, anmärkning given',
      sanction: 'Sanktion',
      contract_terminated: 'Avtalet avslutat',
    },
  },
} as const;

/** Every figure the report gives, by its code (the CSV's `figure` column) and its name in each language. */
export const BOARD_FIGURES = {
  started: { fi: 'Alkaneet palvelut', sv: 'Påbörjade tjänster' },
  median_access_days: { fi: 'Odotusaika, mediaani (pv)', sv: 'Väntetid, median (dagar)' },
  within_target_share: { fi: 'Tavoiteajassa (osuus)', sv: 'Inom målet (andel)' },
  nps_answers: { fi: 'NPS-vastaukset', sv: 'NPS-svar' },
  nps: { fi: 'NPS', sv: 'NPS' },
  nps_target: { fi: 'NPS-tavoite', sv: 'NPS-mål' },
  negative_decisions: { fi: 'Kielteiset päätökset', sv: 'Negativa beslut' },
  rectification_requests: { fi: 'Oikaisuvaatimukset', sv: 'Begäran om omprövning' },
  in_time: { fi: 'Määräajassa', sv: 'I tid' },
  changed: { fi: 'Päätös muutettu', sv: 'Beslutet ändrat' },
  upheld: { fi: 'Päätös pysytetty', sv: 'Beslutet fastställt' },
  dismissed_late: { fi: 'Jätetty tutkimatta (myöhässä)', sv: 'Avvisad (för sent)' },
  pending: { fi: 'Kesken', sv: 'Pågående' },
  court_appeals: { fi: 'Valitukset hallinto-oikeuteen', sv: 'Besvär till förvaltningsdomstolen' },
  court_overturned: { fi: 'Kumottu oikeudessa', sv: 'Upphävda i domstolen' },
  unmet_recorded: { fi: 'Täyttymättömät tarpeet', sv: 'Otillgodosedda behov' },
  unmet_still_open: { fi: 'Yhä avoinna', sv: 'Fortfarande öppna' },
  charged_hours: { fi: 'Laskutetut tunnit', sv: 'Fakturerade timmar' },
  spent_eur: { fi: 'Ostot neljänneksellä (€)', sv: 'Köp under kvartalet (€)' },
  year_to_date_eur: { fi: 'Ostot vuoden alusta (€)', sv: 'Köp sedan årets början (€)' },
  baseline_eur: { fi: 'Lähtötaso vuodessa (€)', sv: 'Utgångsnivå per år (€)' },
  target_eur: { fi: 'Tavoite vuodessa (€)', sv: 'Mål per år (€)' },
  year_to_date_share_of_target: { fi: 'Vuoden alusta tavoitteesta (osuus)', sv: 'Sedan årets början av målet (andel)' },
  reduction_target: { fi: 'Vähennystavoite (osuus)', sv: 'Minskningsmål (andel)' },
  workers: { fi: 'Työntekijät', sv: 'Anställda' },
  clients: { fi: 'Asiakkaat', sv: 'Klienter' },
  running_services: { fi: 'Käynnissä olevat palvelut', sv: 'Pågående tjänster' },
  caseload_norm: { fi: 'Asiakasmäärän normi', sv: 'Norm för klientantal' },
  workers_over_norm: { fi: 'Normin ylittäviä', sv: 'Över normen' },
  cases_opened: { fi: 'Avatut valvonta-asiat', sv: 'Öppnade tillsynsärenden' },
  cases_closed: { fi: 'Päätetyt valvonta-asiat', sv: 'Avslutade tillsynsärenden' },
  cases_open_at_end: { fi: 'Avoinna neljänneksen lopussa', sv: 'Öppna vid kvartalets slut' },
  reassessments_overdue_now: { fi: 'Myöhässä olevat uudelleenarvioinnit', sv: 'Försenade ombedömningar' },
} as const;
export type BoardFigure = keyof typeof BOARD_FIGURES;

/** One number of the report: what it is of (service, municipality, profession, outcome) and its value. */
export interface BoardFact {
  section: keyof (typeof BOARD_TEXTS)['fi']['sections'];
  municipalityCode: string | null;
  serviceCode: string | null;
  /** A profession (caseloads) or an outcome (supervision) the figure is of. */
  group: string | null;
  figure: BoardFigure;
  /** Null: a setting the county has not set, or an NPS withheld. */
  value: number | null;
  source: string | null;
}

/** The service row's figures as facts, in the order the report shows them. */
function serviceFacts(r: BoardServiceRow, municipalityCode: string | null): BoardFact[] {
  const at = { municipalityCode, serviceCode: r.serviceCode, group: null, source: null };
  const f = (section: BoardFact['section'], figure: BoardFigure, value: number | null, source: string | null = null) =>
    ({ ...at, section, figure, value, source }) satisfies BoardFact;
  return [
    f('access', 'started', r.started),
    f('access', 'median_access_days', r.medianDays),
    f('access', 'within_target_share', r.withinTargetShare),
    f('access', 'nps_answers', r.npsAnswers),
    f('access', 'nps', r.nps),
    f('access', 'nps_target', r.npsTarget, r.npsTargetSource),
    f('appeals', 'negative_decisions', r.negativeDecisions),
    f('appeals', 'rectification_requests', r.rectificationRequests),
    f('appeals', 'in_time', r.inTime),
    f('appeals', 'changed', r.changed),
    f('appeals', 'upheld', r.upheld),
    f('appeals', 'dismissed_late', r.dismissedLate),
    f('appeals', 'pending', r.pending),
    f('appeals', 'court_appeals', r.courtAppeals),
    f('appeals', 'court_overturned', r.courtOverturned),
    f('unmet', 'unmet_recorded', r.unmetRecorded),
    f('unmet', 'unmet_still_open', r.unmetStillOpen),
    f('purchases', 'charged_hours', r.chargedHours),
    f('purchases', 'spent_eur', euros(r.spentCents)),
  ];
}

/** Every number of the report, once: the CSV is these, and the PDF's tables show the same. */
export function boardFacts(r: BoardReport): BoardFact[] {
  const none = { municipalityCode: null, serviceCode: null, group: null, source: null };
  return [
    ...r.county.flatMap((s) => serviceFacts(s, null)),
    { ...none, section: 'access', figure: 'reassessments_overdue_now', value: r.reassessmentsOverdueNow },
    {
      ...none,
      section: 'purchases',
      figure: 'reduction_target',
      value: r.reductionTarget,
      source: r.reductionTargetSource,
    },
    ...r.purchases.flatMap((p): BoardFact[] => {
      const at = { ...none, section: 'purchases', serviceCode: p.serviceCode } as const;
      const facts: BoardFact[] = [
        { ...at, figure: 'year_to_date_eur', value: euros(p.yearToDateCents) },
        { ...at, figure: 'baseline_eur', value: p.baselineCents === null ? null : euros(p.baselineCents) },
        { ...at, figure: 'target_eur', value: p.targetCents === null ? null : euros(p.targetCents) },
        { ...at, figure: 'year_to_date_share_of_target', value: p.yearToDateShareOfTarget },
      ];
      return facts.map((x) => (x.figure === 'baseline_eur' ? { ...x, source: p.baselineSource } : x));
    }),
    ...r.caseloads.flatMap((c): BoardFact[] => {
      const at = { ...none, section: 'caseloads', group: c.profession ?? 'none' } as const;
      return [
        { ...at, figure: 'workers', value: c.workers },
        { ...at, figure: 'clients', value: c.clients },
        { ...at, figure: 'running_services', value: c.runningServices },
        { ...at, figure: 'caseload_norm', value: c.norm },
        { ...at, figure: 'workers_over_norm', value: c.workersOverNorm },
      ];
    }),
    { ...none, section: 'supervision', figure: 'cases_opened', value: r.supervision.opened },
    ...SUPERVISION_OUTCOMES.map(
      (o): BoardFact => ({
        ...none,
        section: 'supervision',
        group: o,
        figure: 'cases_closed',
        value: r.supervision.closed[o] ?? 0,
      }),
    ),
    { ...none, section: 'supervision', figure: 'cases_open_at_end', value: r.supervision.openAtEnd },
    ...r.byMunicipality.flatMap((m) =>
      m.services
        .flatMap((s) => serviceFacts(s, m.municipalityCode))
        .map((f) => ({ ...f, section: 'municipalities' as const })),
    ),
  ];
}

/** The settings a figure is measured against: null is the county's not having set one. */
const SETTINGS: ReadonlySet<BoardFigure> = new Set([
  'nps_target',
  'baseline_eur',
  'target_eur',
  'year_to_date_share_of_target',
  'reduction_target',
  'caseload_norm',
]);

/** Why a figure has no value: a setting not set, or an NPS of too few answers to show; else nothing. */
export function noteOf(f: Pick<BoardFact, 'figure' | 'value'>, lang: BoardLanguage): string {
  if (f.value !== null) return '';
  if (SETTINGS.has(f.figure)) return BOARD_TEXTS[lang].notSet;
  return f.figure === 'nps' ? BOARD_TEXTS[lang].withheld : '';
}

/** A profession's or a supervision outcome's name. */
export function groupName(group: string | null, lang: BoardLanguage): string {
  if (group === null) return '';
  const t = BOARD_TEXTS[lang];
  return (t.profession as Record<string, string>)[group] ?? (t.outcome as Record<string, string>)[group] ?? group;
}

const euros = (cents: number) => Math.round(cents) / 100;

/**
 * The report as CSV for a spreadsheet in Finland: semicolons between the fields and a decimal comma, as a
 * Finnish or Swedish spreadsheet reads them; codes beside the names so a machine can read it too. An empty
 * value is a setting not set or an NPS withheld, the note saying which.
 */
export function boardReportCsv(r: BoardReport, lang: BoardLanguage): string {
  const t = BOARD_TEXTS[lang];
  const head =
    lang === 'fi'
      ? [
          'neljännes',
          'osio',
          'kunta_koodi',
          'kunta',
          'palvelu_koodi',
          'palvelu',
          'ryhmä',
          'luku_koodi',
          'luku',
          'arvo',
          'huomautus',
          'lähde',
        ]
      : [
          'kvartal',
          'avsnitt',
          'kommun_kod',
          'kommun',
          'tjänst_kod',
          'tjänst',
          'grupp',
          'siffra_kod',
          'siffra',
          'värde',
          'anmärkning',
          'källa',
        ];
  const rows = boardFacts(r).map((f) => [
    r.quarter,
    t.sections[f.section],
    f.municipalityCode ?? '',
    f.municipalityCode ? (r.municipalityNames[f.municipalityCode]?.[lang] ?? f.municipalityCode) : t.wholeCounty,
    f.serviceCode ?? '',
    f.serviceCode ? (r.serviceNames[f.serviceCode]?.[lang] ?? f.serviceCode) : '',
    groupName(f.group, lang),
    f.figure,
    BOARD_FIGURES[f.figure][lang],
    f.value === null ? '' : String(f.value).replace('.', ','),
    noteOf(f, lang),
    f.source ?? '',
  ]);
  // The byte order mark makes a spreadsheet read the file as UTF-8 (å, ä, ö).
  return `\uFEFF${stringify([head, ...rows], { delimiter: ';' })}`;
}
