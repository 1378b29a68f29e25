/** Dates as Finns write them: 27.11.2026 (the API's days are ISO dates, days in Europe/Helsinki). */
export function finnishDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** Money in euros with a decimal comma and a space before the sign: 1 234,50 €. */
export function euros(cents: number): string {
  return new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
