import {
  BOARD_FIGURES,
  BOARD_TEXTS,
  type BoardFigure,
  type BoardLanguage,
  type BoardReport,
  type BoardServiceRow,
  groupName,
  noteOf,
  SUPERVISION_OUTCOMES,
} from './board-report';
import { helsinkiTime } from './access-log-report';
import { COUNTY, countyDocument, day } from './pdf';

/** The kinds of number the report prints, each as Finns and Swedes write it. */
type Kind = 'count' | 'days' | 'share' | 'eur' | 'nps' | 'hours';

/**
 * A number as the report prints it: a decimal comma, thousands apart by a space, a share as per cent;
 * a missing one as the reason it is missing (a setting not set, an NPS withheld) or a dash.
 */
export function boardNumber(value: number | null, kind: Kind, figure: BoardFigure, lang: BoardLanguage): string {
  if (value === null) return noteOf({ figure, value }, lang) || '–';
  const fixed = (n: number, digits: number) => {
    const [whole, part] = Math.abs(n).toFixed(digits).split('.');
    const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    return `${n < 0 ? '-' : ''}${grouped}${part ? `,${part}` : ''}`;
  };
  switch (kind) {
    case 'share':
      return `${fixed(value * 100, 1)} %`;
    case 'eur':
      return `${fixed(value, 2)} €`;
    case 'days':
    case 'nps':
    case 'hours':
      return fixed(value, Number.isInteger(value) ? 0 : 1);
    case 'count':
      return fixed(value, 0);
  }
}

/**
 * Where the long words of the narrow columns' headings may break (a soft hyphen, printed only at a break):
 * left to itself, a line breaks a word anywhere.
 */
const BREAKS = [
  'Oikaisu·vaatimukset',
  'Määrä·ajassa',
  'Täytty·mättömät',
  'Tavoite·ajassa',
  'neljännek·sellä',
  'förvalt·nings·domstolen',
  'om·prövning',
  'Påbör·jade',
].map((w) => [w.replaceAll('·', ''), w.replaceAll('·', '\u00AD')] as const);

const breakable = (label: string) => BREAKS.reduce((l, [word, soft]) => l.replace(word, soft), label);

interface Column {
  label: string;
  width: number;
}

/**
 * The quarterly report to the board as a PDF in Finnish or Swedish, in the county's document frame (as its
 * letters and access logs): the quarter's figures by service, then by municipality; the same numbers as
 * its CSV (board-report.ts).
 */
export function renderBoardReport(r: BoardReport, lang: BoardLanguage): Promise<Buffer> {
  const t = BOARD_TEXTS[lang];
  const name = (figure: BoardFigure) => BOARD_FIGURES[figure][lang];
  const service = (code: string) => r.serviceNames[code]?.[lang] ?? code;
  const { doc, done } = countyDocument(`${t.title} ${r.quarter}`, 'landscape');
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  doc.font('bold').fontSize(10).text(COUNTY);
  doc.moveDown(1).fontSize(16).text(t.title);
  doc.moveDown(0.3).font('regular').fontSize(10);
  const line = (label: string, value: string) =>
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  line(t.quarter, `${r.quarter} (${day(r.from)}–${day(r.to)})`);
  line(t.printed, helsinkiTime(r.printedAt));
  doc.fontSize(9).text(t.scope);

  const heading = (text: string) => {
    if (doc.y + 60 > bottom()) doc.addPage();
    doc.x = left;
    doc.font('bold').fontSize(12).moveDown(1).text(text);
    doc.moveDown(0.3);
  };
  const table = (columns: Column[], rows: string[][]) => {
    const cells = (values: string[], font: 'regular' | 'bold') => {
      doc.font(font).fontSize(8);
      const height = Math.max(...values.map((v, i) => doc.heightOfString(v, { width: columns[i]!.width - 6 }))) + 5;
      if (doc.y + height > bottom()) {
        doc.addPage();
        if (font === 'regular')
          cells(
            columns.map((c) => c.label),
            'bold',
          );
      }
      const y = doc.y;
      let x = left;
      values.forEach((v, i) => {
        // Numbers right-aligned under their heading, names to the left.
        doc.text(v, x, y + 3, {
          width: columns[i]!.width - 6,
          align: i === 0 || columns[i]!.width > 120 ? 'left' : 'right',
        });
        x += columns[i]!.width;
      });
      doc
        .moveTo(left, y + height)
        .lineTo(x, y + height)
        .lineWidth(font === 'bold' ? 1 : 0.3)
        .stroke();
      doc.x = left;
      doc.y = y + height;
    };
    if (rows.length === 0) {
      doc.font('regular').fontSize(9).text(t.none, left);
      return;
    }
    cells(
      columns.map((c) => c.label),
      'bold',
    );
    for (const row of rows) cells(row, 'regular');
  };
  const col = (label: string, width = 70): Column => ({ label: breakable(label), width });
  const n = (v: number | null, kind: Kind, figure: BoardFigure) => boardNumber(v, kind, figure, lang);
  const sources = (items: { what: string; source: string | null }[]) => {
    const given = items.filter((i) => i.source);
    if (!given.length) return;
    doc.moveDown(0.3).font('regular').fontSize(8);
    for (const i of given) doc.text(`${t.source} – ${i.what}: ${i.source}`, left);
  };

  const accessRow = (s: BoardServiceRow) => [
    n(s.started, 'count', 'started'),
    n(s.medianDays, 'days', 'median_access_days'),
    n(s.withinTargetShare, 'share', 'within_target_share'),
  ];

  heading(`1. ${t.sections.access}`);
  table(
    [
      col('', 200),
      col(name('started')),
      col(name('median_access_days'), 90),
      col(name('within_target_share'), 80),
      col(name('nps_answers')),
      col(name('nps'), 90),
      col(name('nps_target'), 90),
    ],
    r.county.map((s) => [
      service(s.serviceCode),
      ...accessRow(s),
      n(s.npsAnswers, 'count', 'nps_answers'),
      n(s.nps, 'nps', 'nps'),
      n(s.npsTarget, 'nps', 'nps_target'),
    ]),
  );
  sources(
    r.county.map((s) => ({ what: `${name('nps_target')}, ${service(s.serviceCode)}`, source: s.npsTargetSource })),
  );
  doc.moveDown(0.3).font('regular').fontSize(9).text(`${t.overdue}: ${r.reassessmentsOverdueNow}`, left);

  heading(`2. ${t.sections.appeals}`);
  const appealFigures: [BoardFigure, keyof BoardServiceRow][] = [
    ['negative_decisions', 'negativeDecisions'],
    ['rectification_requests', 'rectificationRequests'],
    ['in_time', 'inTime'],
    ['changed', 'changed'],
    ['upheld', 'upheld'],
    ['dismissed_late', 'dismissedLate'],
    ['pending', 'pending'],
    ['court_appeals', 'courtAppeals'],
    ['court_overturned', 'courtOverturned'],
  ];
  table(
    [col('', 170), ...appealFigures.map(([f]) => col(name(f), 62))],
    r.county.map((s) => [service(s.serviceCode), ...appealFigures.map(([f, k]) => n(s[k] as number, 'count', f))]),
  );

  heading(`3. ${t.sections.unmet}`);
  table(
    [col('', 200), col(name('unmet_recorded'), 110), col(name('unmet_still_open'), 110)],
    r.county.map((s) => [
      service(s.serviceCode),
      n(s.unmetRecorded, 'count', 'unmet_recorded'),
      n(s.unmetStillOpen, 'count', 'unmet_still_open'),
    ]),
  );

  heading(`4. ${t.sections.purchases}`);
  doc
    .font('regular')
    .fontSize(9)
    .text(`${t.reductionTarget}: ${n(r.reductionTarget, 'share', 'reduction_target')}`, left);
  doc.moveDown(0.3);
  const quarterOf = new Map(r.county.map((s) => [s.serviceCode, s]));
  table(
    [
      col('', 170),
      col(name('charged_hours'), 70),
      col(name('spent_eur'), 90),
      col(name('year_to_date_eur'), 90),
      col(name('baseline_eur'), 100),
      col(name('target_eur'), 100),
      col(name('year_to_date_share_of_target'), 100),
    ],
    r.purchases.map((p) => [
      service(p.serviceCode),
      n(quarterOf.get(p.serviceCode)?.chargedHours ?? 0, 'hours', 'charged_hours'),
      n((quarterOf.get(p.serviceCode)?.spentCents ?? 0) / 100, 'eur', 'spent_eur'),
      n(p.yearToDateCents / 100, 'eur', 'year_to_date_eur'),
      n(p.baselineCents === null ? null : p.baselineCents / 100, 'eur', 'baseline_eur'),
      n(p.targetCents === null ? null : p.targetCents / 100, 'eur', 'target_eur'),
      n(p.yearToDateShareOfTarget, 'share', 'year_to_date_share_of_target'),
    ]),
  );
  sources([
    { what: t.reductionTarget, source: r.reductionTargetSource },
    ...r.purchases.map((p) => ({
      what: `${name('baseline_eur')}, ${service(p.serviceCode)}`,
      source: p.baselineSource,
    })),
  ]);

  heading(`5. ${t.sections.caseloads}`);
  doc
    .font('regular')
    .fontSize(9)
    .text(`${t.caseloadsOn}: ${day(r.caseloadsOn)}`, left);
  doc.moveDown(0.3);
  table(
    [
      col('', 170),
      col(name('workers'), 90),
      col(name('clients'), 90),
      col(name('running_services'), 100),
      col(name('caseload_norm'), 100),
      col(name('workers_over_norm'), 100),
    ],
    r.caseloads.map((c) => [
      groupName(c.profession ?? 'none', lang),
      n(c.workers, 'count', 'workers'),
      n(c.clients, 'count', 'clients'),
      n(c.runningServices, 'count', 'running_services'),
      n(c.norm, 'count', 'caseload_norm'),
      n(c.workersOverNorm, 'count', 'workers_over_norm'),
    ]),
  );

  heading(`6. ${t.sections.supervision}`);
  table(
    [col('', 300), col('', 90)],
    [
      [name('cases_opened'), n(r.supervision.opened, 'count', 'cases_opened')],
      ...SUPERVISION_OUTCOMES.map((o) => [
        `${name('cases_closed')}: ${groupName(o, lang)}`,
        n(r.supervision.closed[o] ?? 0, 'count', 'cases_closed'),
      ]),
      [name('cases_open_at_end'), n(r.supervision.openAtEnd, 'count', 'cases_open_at_end')],
    ],
  );

  heading(`7. ${t.sections.municipalities}`);
  table(
    [
      col('', 80),
      col('', 165),
      col(name('started'), 50),
      col(name('median_access_days'), 65),
      col(name('within_target_share'), 60),
      col(name('negative_decisions'), 55),
      col(name('rectification_requests'), 65),
      col(name('unmet_recorded'), 60),
      col(name('nps'), 55),
      col(name('spent_eur'), 75),
    ],
    r.byMunicipality.flatMap((m) =>
      m.services.map((s) => [
        r.municipalityNames[m.municipalityCode]?.[lang] ?? m.municipalityCode,
        service(s.serviceCode),
        ...accessRow(s),
        n(s.negativeDecisions, 'count', 'negative_decisions'),
        n(s.rectificationRequests, 'count', 'rectification_requests'),
        n(s.unmetRecorded, 'count', 'unmet_recorded'),
        n(s.nps, 'nps', 'nps'),
        n(s.spentCents / 100, 'eur', 'spent_eur'),
      ]),
    ),
  );
  doc.end();
  return done;
}
