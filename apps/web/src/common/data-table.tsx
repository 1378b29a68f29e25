import type { ReactNode } from 'react';
import { Paragraph } from 'suomifi-ui-components';

/** A column: its name, in the header and on each cell (a phone shows a row as a card of labelled values). */
export interface Column<Row> {
  key: string;
  label: string;
  cell: (row: Row) => ReactNode;
  /** The cell that names its row for a screen reader (`<th scope="row">`). */
  header?: 'row';
}

/** A row's attributes for the page objects to find it by: data-contract, data-case… */
type DataAttributes = Record<`data-${string}`, string | number | undefined>;

interface DataTableProps<Row> {
  caption: ReactNode;
  /** A caption told to screen readers only, where a heading just above says the same. */
  captionHidden?: boolean;
  columns: Column<Row>[];
  /** Nothing is drawn while they are undefined (on the way, or failed: the page tells which). */
  rows: readonly Row[] | undefined;
  /** What stands instead of an empty table; without it, nothing does. */
  empty?: ReactNode;
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => DataAttributes;
  /** The table's name for the page objects to find it by. */
  'data-list'?: string;
}

/** A table of rows, each cell carrying its column's name (`data-label`) for a phone's card (styles.css). */
export function DataTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  empty,
  rowKey,
  rowAttributes,
  'data-list': list,
}: DataTableProps<Row>) {
  if (!rows) return null;
  if (rows.length === 0) return empty ? <Paragraph>{empty}</Paragraph> : null;
  return (
    <table className="table" data-list={list}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowAttributes?.(row)}>
            {columns.map((c) =>
              c.header === 'row' ? (
                <th key={c.key} scope="row" data-label={c.label}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} data-label={c.label}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
