import { stringify } from 'csv-stringify/browser/esm/sync';
import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { Expander, ExpanderContent, ExpanderTitleButton, Link } from 'suomifi-ui-components';

/** One line or set of bars: its key in the rows' values and its name. */
export interface FigureSeries {
  key: string;
  label: string;
}

/** One point along the axis (a quarter, a month): its name and each series' value; null for none shown. */
export interface FigureRow {
  key: string;
  label: string;
  values: Record<string, number | null>;
}

/** A level drawn across the chart, a target or a baseline: given only where one is set. */
export interface FigureReference {
  key: string;
  label: string;
  value: number;
}

export interface FigureChartProps {
  /** The figure's name: its caption, the chart's accessible name and the table's caption. */
  title: string;
  kind: 'bar' | 'line';
  series: FigureSeries[];
  /** In the order along the axis. */
  rows: FigureRow[];
  /** The value axis' range; the chart's own guess when none. */
  domain?: [number, number];
  /** The value axis' marks, where the range has natural ones (1, 2, 3, 4 on a 1–4 scale). */
  ticks?: number[];
  format: (n: number) => string;
  /** What a value not shown says (in the table and beside the chart), e.g. that it had too few answers. */
  missing: string;
  /** The first column's header in the table (what the rows are: a quarter). */
  rowHeader: string;
  /** The button that opens the table view. */
  tableView: string;
  /** Beside the chart, each series' latest value: the words before it ("latest"). */
  latest: string;
  /** Targets and baselines drawn across the chart and written beside it; none drawn when none is set. */
  references?: FigureReference[];
  /** The table's values as a CSV file to download: the link's text and the file's name. */
  download?: { label: string; fileName: string };
}

/*
 * Each series is told apart by its dash and marker as well as its colour (WCAG 1.4.1), the colours dark
 * enough against white for a graphic (3:1, WCAG 1.4.11).
 */
const STYLES = [
  { color: '#1a5a96', dash: undefined },
  { color: '#8a3a00', dash: '8 4' },
  { color: '#1f6f43', dash: '2 3' },
  { color: '#6b3fa0', dash: '10 3 2 3' },
  { color: '#a0153e', dash: '4 2' },
];
const style = (i: number) => STYLES[i % STYLES.length]!;
const REFERENCE_COLOR = '#1f2933';
const CATEGORY = '__category';

/**
 * A chart with its numbers: the chart is a picture named by its title (its figures are not read out of
 * it), each series' latest value is written beside it, and a table view, behind a button, holds every
 * value the chart draws, a value not shown saying why. The numbers never live in the chart alone.
 */
export function FigureChart(props: FigureChartProps) {
  const { title, kind, series, rows, domain, ticks, format, missing, references = [] } = props;
  const captionId = useId();
  const last = rows.at(-1);
  // A chart of nothing but values withheld would be an empty frame: its place says so instead.
  const anyShown = rows.some((r) => series.some((s) => typeof r.values[s.key] === 'number'));
  const data = rows.map((r) => ({ [CATEGORY]: r.label, ...r.values }));
  const axes = (
    <>
      <CartesianGrid stroke="#e6e8ea" />
      <XAxis dataKey={CATEGORY} stroke="#1f2933" />
      <YAxis
        // A bar is read by its length, so bars start from zero unless the figure's own range says otherwise.
        domain={domain ?? (kind === 'bar' ? [0, 'auto'] : ['auto', 'auto'])}
        // As wide as its longest mark: a sum in euros is wider than the axis' default room.
        width="auto"
        ticks={ticks}
        stroke="#1f2933"
        tickFormatter={(v: number) => format(v)}
      />
      {references.map((r, i) => (
        <ReferenceLine
          key={r.key}
          y={r.value}
          stroke={REFERENCE_COLOR}
          strokeDasharray={i % 2 ? '2 2' : '6 3'}
          strokeWidth={2}
          ifOverflow="extendDomain"
          label={{ value: r.label, position: 'insideTopRight', fill: REFERENCE_COLOR }}
        />
      ))}
    </>
  );
  return (
    <figure className="figure">
      <figcaption id={captionId} className="figure-title">
        {title}
      </figcaption>
      <div className="figure-body">
        {!anyShown ? (
          <p className="figure-empty">{missing}</p>
        ) : (
          <div className="figure-chart" role="img" aria-labelledby={captionId}>
            <ResponsiveContainer width="100%" height="100%">
              {kind === 'bar' ? (
                <BarChart data={data} accessibilityLayer={false} margin={{ top: 20, right: 8, left: 0, bottom: 0 }}>
                  {axes}
                  {series.map((s, i) => (
                    <Bar key={s.key} dataKey={s.key} name={s.label} fill={style(i).color} isAnimationActive={false}>
                      <LabelList
                        dataKey={s.key}
                        position="top"
                        fill="#1f2933"
                        formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '')}
                      />
                    </Bar>
                  ))}
                </BarChart>
              ) : (
                <LineChart data={data} accessibilityLayer={false} margin={{ top: 20, right: 16, left: 0, bottom: 0 }}>
                  {axes}
                  {series.map((s, i) => (
                    <Line
                      key={s.key}
                      dataKey={s.key}
                      name={s.label}
                      stroke={style(i).color}
                      strokeDasharray={style(i).dash}
                      strokeWidth={2}
                      dot={{ r: 3 + (i % 3), fill: style(i).color }}
                      isAnimationActive={false}
                    />
                  ))}
                </LineChart>
              )}
            </ResponsiveContainer>
          </div>
        )}
        <div className="figure-numbers">
          {last && (
            <p className="figure-latest-title">
              {props.latest} {last.label}
            </p>
          )}
          <ul className="figure-latest">
            {series.map((s, i) => {
              const value = last?.values[s.key];
              return (
                <li key={s.key}>
                  <Swatch kind={kind} index={i} />
                  <span>
                    {s.label}
                    {last && (
                      <>
                        : <span className="figure-value">{typeof value === 'number' ? format(value) : missing}</span>
                      </>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
          {references.length > 0 && (
            <ul className="figure-latest" data-references>
              {references.map((r, i) => (
                <li key={r.key} data-reference={r.key}>
                  <svg width="28" height="12" aria-hidden="true" focusable="false">
                    <line
                      x1="0"
                      y1="6"
                      x2="28"
                      y2="6"
                      stroke={REFERENCE_COLOR}
                      strokeWidth="2"
                      strokeDasharray={i % 2 ? '2 2' : '6 3'}
                    />
                  </svg>
                  <span>
                    {r.label}: <span className="figure-value">{format(r.value)}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <FigureTable {...props} />
      {props.download && <CsvLink {...props} download={props.download} />}
    </figure>
  );
}

/** The chart's values as a table, behind a button: every cell the chart draws, or why it is not shown. */
function FigureTable({ title, series, rows, format, missing, rowHeader, tableView }: FigureChartProps) {
  return (
    <Expander className="figure-table">
      <ExpanderTitleButton>
        {tableView}
        <span className="visually-hidden">: {title}</span>
      </ExpanderTitleButton>
      <ExpanderContent>
        <table className="table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-row={r.key}>
                <th scope="row" data-label={rowHeader}>
                  {r.label}
                </th>
                {series.map((s) => {
                  const v = r.values[s.key];
                  return (
                    <td key={s.key} data-label={s.label} data-series={s.key}>
                      {typeof v === 'number' ? format(v) : missing}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ExpanderContent>
    </Expander>
  );
}

/** A short sample of the series' line or bar, for the list beside the chart. */
function Swatch({ kind, index }: { kind: 'bar' | 'line'; index: number }) {
  const { color, dash } = style(index);
  return (
    <svg width="28" height="12" aria-hidden="true" focusable="false">
      {kind === 'bar' ? (
        <rect x="4" y="1" width="20" height="10" fill={color} />
      ) : (
        <>
          <line x1="0" y1="6" x2="28" y2="6" stroke={color} strokeWidth="2" strokeDasharray={dash} />
          <circle cx="14" cy="6" r={3 + (index % 3)} fill={color} />
        </>
      )}
    </svg>
  );
}

/**
 * The table's values as a CSV file (a header row, then a row per point, a value not shown left empty), the
 * numbers unformatted for a spreadsheet to read. Written by csv-stringify, the sibling of the API's reader.
 */
function CsvLink({
  title,
  series,
  rows,
  rowHeader,
  download,
}: FigureChartProps & { download: { label: string; fileName: string } }) {
  const text = stringify([
    [rowHeader, ...series.map((s) => s.label)],
    ...rows.map((r) => [r.label, ...series.map((s) => r.values[s.key] ?? '')]),
  ]);
  // A byte order mark, so that a spreadsheet reads the file's letters (ä, ö, å) as UTF-8.
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${text}`)}`;
  return (
    <p className="figure-download">
      <Link href={href} download={download.fileName}>
        {download.label}
        <span className="visually-hidden">: {title}</span>
      </Link>
    </p>
  );
}
