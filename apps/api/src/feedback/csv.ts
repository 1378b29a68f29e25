import { parse } from 'csv-parse/sync';

/** A problem that keeps a row of the file from being read at all: a broken quote or the wrong number of cells. */
export interface RowProblem {
  field: '(row)';
  rule: 'csv_quote' | 'csv_cell_count';
  message: string;
}

/** One data row of the file: its cells keyed by the header, or why it could not be read. */
export type CsvRow =
  | { line: number; cells: Record<string, string>; problem?: undefined }
  | { line: number; cells?: undefined; problem: RowProblem };

export interface CsvFile {
  header: string[];
  rows: CsvRow[];
  /** Lines with nothing in them (or only separators): no answer to account for. */
  blankLines: number;
}

/**
 * Reads a CSV file as survey tools export it (RFC 4180: quoted fields, doubled quotes, line breaks
 * inside quotes), with a comma or, as Finnish-locale exports often have, a semicolon between fields.
 * The first line names the columns. Every data row comes back, in order and with the line it starts
 * on: read, or with the problem that kept it from being read, so nothing is dropped or merged silently.
 */
export function readCsv(text: string): CsvFile {
  const content = text.replace(/^\uFEFF/, '');
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const skipped: { line: number; problem: RowProblem }[] = [];
  const records = parse(content, {
    delimiter,
    // Files edited by hand mix Windows and Unix line ends.
    record_delimiter: ['\r\n', '\n', '\r'],
    info: true,
    raw: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      // One broken row can raise more than one error (an opening, then a closing quote): it is one row.
      const line = Number(err?.lines);
      if (err && !skipped.some((x) => x.line === line))
        skipped.push({ line, problem: quoteProblem(err.code, err.message) });
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];

  let blankLines = 0;
  const read: { line: number; record: string[] }[] = [];
  for (const { record, info, raw } of records) {
    // The parser counts lines to a record's end: step back over the line breaks inside it.
    const breaks = (raw.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
    const line = info.lines - breaks;
    if (record.every((cell) => cell.trim() === '')) blankLines++;
    else read.push({ line, record });
  }
  const [first, ...data] = read;
  const header = (first?.record ?? []).map((h) => h.trim());
  const rows: CsvRow[] = [
    ...data.map(({ line, record }): CsvRow => {
      if (record.length !== header.length) {
        const message = `has ${record.length} cells where the header has ${header.length}: check its separators and quotes`;
        return { line, problem: { field: '(row)', rule: 'csv_cell_count', message } };
      }
      return { line, cells: Object.fromEntries(header.map((h, i) => [h, record[i]!])) };
    }),
    ...skipped,
  ];
  rows.sort((a, b) => a.line - b.line);
  return { header, rows, blankLines };
}

function quoteProblem(code: string, detail: string): RowProblem {
  const message =
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted cell is never closed: the file ends inside it'
      : code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE'
        ? 'a quote inside a cell that is not quoted as a whole: quote the cell and double the quote ("")'
        : `the row cannot be read: ${detail}`;
  return { field: '(row)', rule: 'csv_quote', message };
}
