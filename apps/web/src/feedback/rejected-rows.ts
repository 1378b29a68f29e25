import { IMPORT_PROBLEMS_COLUMN } from '../../../../libs/contracts/feedback-commands';

/** Where the import report places a row: the line of the file it starts on (null for a JSON row). */
export interface PlacedRow {
  line: number | null;
}

export interface RejectedRow extends PlacedRow {
  problems: { field: string; rule: string }[];
}

/**
 * The file to mend: the original header and the rejected rows exactly as they were written (quotes,
 * separators and line breaks inside cells kept), each with a last cell saying its problems, which an
 * import reads past. The rows are cut out of the sent text by the lines the import report gives every
 * row (accepted, already imported and rejected alike): a row runs from its line to the next row's, so
 * a row the import could not read at all (a broken quote) comes back as written too.
 *
 * The one cell written here is quoted by RFC 4180 in a few lines (csv-stringify, used for the charts, ships
 * an ES module the unit tests cannot load) (`quoted`).
 */
export function rejectedRowsFile(
  text: string,
  report: { accepted: PlacedRow[]; alreadyImported: PlacedRow[]; rejected: RejectedRow[] },
  describe: (problem: { field: string; rule: string }) => string,
): string {
  // The lines, and the breaks after them: a break inside a quoted cell is written back as it was.
  const parts = text.replace(/^\uFEFF/, '').split(/(\r\n|\n|\r)/);
  const lines = parts.filter((_, i) => i % 2 === 0);
  const breaks = parts.filter((_, i) => i % 2 === 1);
  const headerIndex = lines.findIndex((l) => !isBlank(l));
  const header = lines[headerIndex] ?? '';
  // The reader's own choice of separator (readCsv): a semicolon when the header has one and no comma.
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  const starts = [...report.accepted, ...report.alreadyImported, ...report.rejected]
    .map((r) => r.line)
    .filter((l): l is number => l !== null)
    .sort((a, b) => a - b);
  const rows = report.rejected
    .filter((r): r is RejectedRow & { line: number } => r.line !== null)
    .sort((a, b) => a.line - b.line)
    .map((r) => {
      const next = starts.find((s) => s > r.line) ?? lines.length + 1;
      // Blank lines between rows belong to no row.
      let last = next - 1;
      while (last > r.line && isBlank(lines[last - 1]!)) last--;
      const own = lines.slice(r.line - 1, last).map((l, i) => (r.line + i < last ? l + breaks[r.line - 1 + i] : l));
      return `${own.join('')}${delimiter}${quoted(r.problems.map(describe).join('; '), delimiter)}`;
    });
  return [`${header}${delimiter}${IMPORT_PROBLEMS_COLUMN}`, ...rows].map((l) => `${l}\r\n`).join('');
}

/** A cell as RFC 4180 writes it: quoted, its quotes doubled, when it holds a separator, a quote or a line break. */
export function quoted(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim()
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;
}

/** A line with nothing in it, or only separators: the reader counts it as blank, not as a row. */
function isBlank(line: string): boolean {
  return /^[\s,;]*$/.test(line);
}
