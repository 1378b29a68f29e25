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

/** The clock time of an instant in Finland, as Finns write it: 14.30. */
export function finnishTime(instant: string): string {
  return new Date(instant)
    .toLocaleTimeString('fi-FI', { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit' })
    .replace(':', '.');
}

/** A day and a clock time in Finland (2026-11-24, 14:30) as an ISO instant with Finland's offset on that day. */
export function helsinkiInstant(day: string, time: string): string {
  const guess = new Date(`${day}T${time}:00Z`);
  const zone = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Helsinki', timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((p) => p.type === 'timeZoneName')!.value;
  return `${day}T${time}:00${zone.replace('GMT', '') || '+00:00'}`;
}

/** Hours with a decimal comma: 1,5. */
export function hoursText(n: number): string {
  return new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 }).format(n);
}
