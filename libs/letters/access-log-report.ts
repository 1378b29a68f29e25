import { COUNTY_TIME_ZONE } from '../domain/dates';
import { COUNTY, countyDocument, day } from './pdf';

export type ReportLanguage = 'fi' | 'sv' | 'en';

/** One row of a client's access log, its codes already in the report's language. */
export interface AccessLogLine {
  at: string;
  name: string | null;
  roleText: string;
  recordText: string;
  actionText: string;
  purposeText: string;
}

/** What the printed access log says: the client, the period asked about, and who printed it when. */
export interface AccessLogReport {
  language: ReportLanguage;
  clientName: string;
  dateOfBirth: string;
  from: string;
  to: string;
  printedAt: Date;
  printedBy: string;
  lines: AccessLogLine[];
}

const T = {
  fi: {
    title: 'ASIAKASTIETOJEN KÄYTTÖLOKI',
    law: 'Laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä (703/2023)',
    client: 'Asiakas',
    born: 'syntynyt',
    period: 'Ajanjakso',
    printed: 'Tulostettu',
    by: 'tulostaja',
    none: 'Ajanjaksolla ei ole merkintöjä.',
    columns: ['Aika', 'Kuka', 'Rooli', 'Tieto', 'Toimenpide', 'Käyttötarkoitus'],
    unknown: '(tuntematon käyttäjä)',
  },
  sv: {
    title: 'LOGG ÖVER ANVÄNDNINGEN AV KLIENTUPPGIFTER',
    law: 'Lagen om behandling av klientuppgifter inom social- och hälsovården (703/2023)',
    client: 'Klient',
    born: 'född',
    period: 'Period',
    printed: 'Utskriven',
    by: 'av',
    none: 'Inga anteckningar under perioden.',
    columns: ['Tid', 'Vem', 'Roll', 'Uppgift', 'Åtgärd', 'Ändamål'],
    unknown: '(okänd användare)',
  },
  en: {
    title: "ACCESS LOG OF THE CLIENT'S DATA",
    law: 'Act on the processing of client data in social and health care (703/2023)',
    client: 'Client',
    born: 'born',
    period: 'Period',
    printed: 'Printed',
    by: 'by',
    none: 'No entries in the period.',
    columns: ['Time', 'Who', 'Role', 'Record', 'Action', 'Purpose'],
    unknown: '(unknown user)',
  },
} as const;

/** Column widths on a landscape A4 (730 pt between the margins). */
const WIDTHS = [105, 165, 120, 120, 95, 125];

/** A moment as it was in Finland: 24.12.2026 klo 9.05 style, without the word. */
export function helsinkiTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: COUNTY_TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${Number(parts.day)}.${Number(parts.month)}.${parts.year} ${parts.hour}.${parts.minute}`;
}

/**
 * A client's access log as a printable PDF: the county, the law, the client and the period, then one row
 * per entry, newest first, in the report's language; the table's head repeated on every page.
 */
export function renderAccessLog(r: AccessLogReport): Promise<Buffer> {
  const t = T[r.language];
  const { doc, done } = countyDocument(t.title, 'landscape');
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  doc.font('bold').fontSize(10).text(COUNTY);
  doc.moveDown(1).fontSize(16).text(t.title);
  doc.font('regular').fontSize(9).text(t.law);
  doc.moveDown(0.8).fontSize(10);
  const row = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  };
  row(t.client, `${r.clientName} (${t.born} ${day(r.dateOfBirth)})`);
  row(t.period, `${day(r.from)}–${day(r.to)}`);
  row(t.printed, `${helsinkiTime(r.printedAt)}, ${t.by} ${r.printedBy}`);
  doc.moveDown(1);

  const cells = (values: readonly string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(9);
    const height = Math.max(...values.map((v, i) => doc.heightOfString(v, { width: WIDTHS[i]! - 6 }))) + 6;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (font === 'regular') cells(t.columns, 'bold');
    }
    const y = doc.y;
    let x = left;
    values.forEach((v, i) => {
      doc.text(v, x, y + 3, { width: WIDTHS[i]! - 6 });
      x += WIDTHS[i]!;
    });
    doc
      .moveTo(left, y + height)
      .lineTo(x, y + height)
      .lineWidth(font === 'bold' ? 1 : 0.3)
      .stroke();
    doc.x = left;
    doc.y = y + height;
  };
  cells(t.columns, 'bold');
  for (const l of r.lines) {
    cells(
      [helsinkiTime(new Date(l.at)), l.name ?? t.unknown, l.roleText, l.recordText, l.actionText, l.purposeText],
      'regular',
    );
  }
  if (r.lines.length === 0) doc.moveDown(0.5).font('regular').fontSize(10).text(t.none, left);
  doc.end();
  return done;
}
