/** The survey's 1–4 items, in the survey's order: the keys of the scorecard's `means`. */
export { SURVEY_ITEMS } from '../../../../libs/domain/feedback';

/** A figure as Finns write it (a decimal comma, a minus sign), with at most `digits` decimals. */
export function figureText(n: number, digits: number): string {
  return new Intl.NumberFormat('fi-FI', { maximumFractionDigits: digits }).format(n);
}

/** An NPS, to one decimal as the API rounds it. */
export const npsText = (n: number) => figureText(n, 1);
/** A 1–4 item's mean, to two decimals as the API rounds it. */
export const meanText = (n: number) => figureText(n, 2);
