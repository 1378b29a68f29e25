/**
 * The client survey's figures per question, as seed 002 reports them ("Vastaajien määrä, Minimiarvo,
 * Maksimiarvo, Keskiarvo, Mediaani, Summa, Keskihajonta"). Pure: the one place the median and the standard
 * deviation are computed. The API reads the answers and groups them; the figures are computed here, so
 * that they are unit-tested against values worked out by hand and read the same wherever they are shown.
 */
import { MIN_ANSWERS_SHOWN } from './feedback';

export interface AnswerFigures {
  /** How many answered the question. */
  n: number;
  min: number;
  max: number;
  sum: number;
  /** Rounded to two decimals. */
  mean: number;
  /** The middle answer, or the mean of the two middle ones: exact (a half at most). */
  median: number;
  /**
   * The sample standard deviation (divided by n − 1), rounded to two decimals: the families who answer are
   * a sample of the service's families, and the figure speaks of the service, not only of those who
   * answered. Null for a single answer.
   */
  sd: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The figures of one question's answers; null when nobody answered. */
export function answerFigures(values: readonly number[]): AnswerFigures | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  const mean = sum / n;
  const mid = Math.floor(n / 2);
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const squares = sorted.reduce((a, x) => a + (x - mean) ** 2, 0);
  return {
    n,
    min: sorted[0]!,
    max: sorted[n - 1]!,
    sum,
    mean: round2(mean),
    median,
    sd: n > 1 ? round2(Math.sqrt(squares / (n - 1))) : null,
  };
}

/** A question's figures as a report shows them: the count always, the rest null when withheld. */
export type ShownFigures = { n: number; withheld: boolean } & {
  [K in Exclude<keyof AnswerFigures, 'n'>]: AnswerFigures[K] | null;
};

/**
 * Fewer answers than MIN_ANSWERS_SHOWN give no figure at all, not even the lowest or highest answer: a
 * handful of families could be recognised by them.
 */
export function shownFigures(values: readonly number[]): ShownFigures {
  const f = answerFigures(values);
  if (!f || f.n < MIN_ANSWERS_SHOWN) {
    return { n: values.length, withheld: true, min: null, max: null, sum: null, mean: null, median: null, sd: null };
  }
  return { ...f, withheld: false };
}
