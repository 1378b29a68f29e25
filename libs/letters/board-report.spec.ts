import { parse } from 'csv-parse/sync';
import { boardFacts, boardReportCsv, type BoardReport, type BoardServiceRow } from './board-report';
import { boardNumber } from './board-report-pdf';

const row = (serviceCode: string, over: Partial<BoardServiceRow> = {}): BoardServiceRow => ({
  serviceCode,
  started: 3,
  medianDays: 4.5,
  withinTargetShare: 0.667,
  negativeDecisions: 1,
  rectificationRequests: 1,
  inTime: 1,
  changed: 0,
  upheld: 0,
  dismissedLate: 0,
  pending: 1,
  courtAppeals: 0,
  courtOverturned: 0,
  unmetRecorded: 2,
  unmetStillOpen: 1,
  npsAnswers: 3,
  nps: null,
  npsTarget: null,
  npsTargetSource: null,
  chargedHours: 5.5,
  spentCents: 24_750,
  ...over,
});

const report: BoardReport = {
  quarter: '2026-Q3',
  from: '2026-07-01',
  to: '2026-09-30',
  printedAt: new Date('2026-10-05T09:00:00Z'),
  caseloadsOn: '2026-10-05',
  serviceNames: { family_work: { fi: 'Perhetyö', sv: 'Familjearbete' } },
  municipalityNames: { espoo: { fi: 'Espoo', sv: 'Esbo' } },
  county: [row('family_work', { npsAnswers: 6, nps: 33.3, npsTarget: 40, npsTargetSource: 'Strategia' })],
  byMunicipality: [{ municipalityCode: 'espoo', services: [row('family_work', { started: 1 })] }],
  reductionTarget: null,
  reductionTargetSource: null,
  purchases: [
    {
      serviceCode: 'family_work',
      yearToDateCents: 50_000,
      baselineCents: null,
      baselineSource: null,
      targetCents: null,
      yearToDateShareOfTarget: null,
    },
  ],
  caseloads: [
    { profession: 'social_worker', workers: 2, clients: 70, runningServices: 40, norm: 50, workersOverNorm: 0 },
  ],
  supervision: { opened: 2, closed: { resolved: 1 }, openAtEnd: 1 },
  reassessmentsOverdueNow: 0,
};

describe('the quarterly report to the board', () => {
  it('gives each number once, as a CSV row a spreadsheet in Finland reads: semicolons and a decimal comma', () => {
    const csv = boardReportCsv(report, 'fi');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse<Record<string, string>>(csv, { delimiter: ';', columns: true, bom: true });
    expect(rows).toHaveLength(boardFacts(report).length);
    const of = (figure: string, municipality = '') =>
      rows.find((r) => r.luku_koodi === figure && r.kunta_koodi === municipality && r.palvelu_koodi === 'family_work');
    expect(of('within_target_share')).toMatchObject({
      arvo: '0,667',
      palvelu: 'Perhetyö',
      kunta: 'Koko hyvinvointialue',
    });
    expect(of('spent_eur')).toMatchObject({ arvo: '247,5' });
    expect(of('nps_target')).toMatchObject({ arvo: '40', lähde: 'Strategia' });
    expect(of('started', 'espoo')).toMatchObject({ arvo: '1', kunta: 'Espoo', osio: 'Kunnittain' });
    // Not set is told as such; an NPS of too few answers as withheld.
    expect(of('baseline_eur')).toMatchObject({ arvo: '', huomautus: 'ei asetettu' });
    expect(of('nps', 'espoo')).toMatchObject({ arvo: '', huomautus: 'alle 5 vastausta' });
    const reduction = rows.find((r) => r.luku_koodi === 'reduction_target');
    expect(reduction).toMatchObject({ arvo: '', huomautus: 'ei asetettu' });
    const closed = rows.filter((r) => r.luku_koodi === 'cases_closed').map((r) => [r.ryhmä, r.arvo]);
    expect(closed).toEqual([
      ['Ei toimenpiteitä', '0'],
      ['Ratkaistu, huomautus annettu', '1'],
      ['Sanktio', '0'],
      ['Sopimus päätetty', '0'],
    ]);
  });

  it('names its columns, groups and notes in Swedish', () => {
    const rows = parse<Record<string, string>>(boardReportCsv(report, 'sv'), {
      delimiter: ';',
      columns: true,
      bom: true,
    });
    expect(rows.find((r) => r.siffra_kod === 'baseline_eur')).toMatchObject({
      tjänst: 'Familjearbete',
      anmärkning: 'inte fastställt',
      kommun: 'Hela välfärdsområdet',
    });
    expect(rows.find((r) => r.siffra_kod === 'workers')).toMatchObject({ grupp: 'Socialarbetare', värde: '2' });
  });

  it('prints numbers as Finns and Swedes write them, and a missing one as why it is missing', () => {
    expect(boardNumber(1234567.5, 'eur', 'spent_eur', 'fi')).toBe('1 234 567,50 €');
    expect(boardNumber(0.667, 'share', 'within_target_share', 'sv')).toBe('66,7 %');
    expect(boardNumber(4.5, 'days', 'median_access_days', 'fi')).toBe('4,5');
    expect(boardNumber(null, 'eur', 'baseline_eur', 'sv')).toBe('inte fastställt');
    expect(boardNumber(null, 'nps', 'nps', 'fi')).toBe('alle 5 vastausta');
    expect(boardNumber(null, 'days', 'median_access_days', 'fi')).toBe('–');
  });
});
