/** Dates as Finns write them: 27.11.2026 (the API's days are ISO dates, days in Europe/Helsinki). */
export function finnishDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** The Finnish day of an instant (an event's time), as Finns write it. */
export function finnishDay(instant: string): string {
  return finnishDate(new Date(instant).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' }));
}

/** Money in euros with a decimal comma and a space before the sign: 1 234,50 €. */
export function euros(cents: number): string {
  return new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Today as the county counts days: in Europe/Helsinki, whatever the browser's zone. */
export function helsinkiToday(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
}
