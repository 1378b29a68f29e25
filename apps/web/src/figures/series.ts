import { addMonths, format, parseISO } from 'date-fns';
import type { FigureRow } from '../common/figure-chart';
import type { Figures, Purchases } from './queries';

/** The months from `from`'s to `to`'s (ISO days), as YYYY-MM: the axis of every monthly chart. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = parseISO(`${from.slice(0, 7)}-01`); format(m, 'yyyy-MM') <= to.slice(0, 7); m = addMonths(m, 1)) {
    months.push(format(m, 'yyyy-MM'));
  }
  return months;
}

type Labelled = (month: string) => string;

/** Median days and the share started within the target (as %), by month; a month without starts has none. */
export function accessRows(f: Figures, months: string[], label: Labelled): FigureRow[] {
  return months.map((month) => {
    const r = f.accessTimeByMonth.find((x) => x.month === month);
    return {
      key: month,
      label: label(month),
      values: {
        started: r?.started ?? 0,
        medianDays: r?.medianDays ?? null,
        withinTarget: r ? Math.round(r.withinTargetShare * 1000) / 10 : null,
      },
    };
  });
}

export const APPEAL_SERIES = ['negativeDecisions', 'rectificationRequests', 'upheld', 'changed', 'pending'] as const;

export function appealRows(f: Figures, months: string[], label: Labelled): FigureRow[] {
  return months.map((month) => {
    const r = f.appealsByMonth.find((x) => x.month === month);
    return { key: month, label: label(month), values: Object.fromEntries(APPEAL_SERIES.map((k) => [k, r?.[k] ?? 0])) };
  });
}

export function unmetRows(f: Figures, months: string[], label: Labelled): FigureRow[] {
  return months.map((month) => {
    const r = f.unmetNeedsByMonth.find((x) => x.month === month);
    return { key: month, label: label(month), values: { recorded: r?.recorded ?? 0, stillOpen: r?.stillOpen ?? 0 } };
  });
}

/** The year's purchases of a service in euros: each month's, and the year's so far, to follow against the baseline. */
export function purchaseRows(p: Purchases, serviceCode: string, months: string[], label: Labelled): FigureRow[] {
  let sum = 0;
  return months.map((month) => {
    const cents = p.months.find((x) => x.month === month && x.serviceCode === serviceCode)?.spentCents ?? 0;
    sum += cents;
    return { key: month, label: label(month), values: { spent: cents / 100, cumulative: sum / 100 } };
  });
}
