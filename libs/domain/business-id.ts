/**
 * A Finnish business id (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is computed
 * from the seven digits weighted 7, 9, 10, 5, 8, 4, 2: the sum's remainder by 11 is 0 for the digit 0, is
 * never 1 (no such id is given out), and otherwise 11 less it is the digit. Pure.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

export function isBusinessId(text: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(text);
  if (!m) return false;
  const sum = [...m[1]!].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i]!, 0);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  return Number(m[2]) === (remainder === 0 ? 0 : 11 - remainder);
}
