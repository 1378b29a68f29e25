import { isIsoDate } from './dates';

/** What a search for a client asks: birth dates (ISO) and the words of the name, each to match. */
export interface ClientQuery {
  dates: string[];
  words: string[];
}

/**
 * A search as a worker types it: any words of the name, in any order, and a birth date as Finns write
 * it (24.12.2016, 1.2.2016) or as ISO (2016-12-24). Every term must match; a date-like term that is not a
 * real day matches nothing rather than being read as a name.
 */
export function parseClientQuery(q: string): ClientQuery {
  const query: ClientQuery = { dates: [], words: [] };
  for (const term of q.trim().split(/\s+/).filter(Boolean)) {
    const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(term);
    const iso = finnish
      ? `${finnish[3]}-${finnish[2]!.padStart(2, '0')}-${finnish[1]!.padStart(2, '0')}`
      : /^\d{4}-\d{2}-\d{2}$/.test(term)
        ? term
        : null;
    if (iso !== null) query.dates.push(isIsoDate(iso) ? iso : 'none');
    else query.words.push(term.toLowerCase());
  }
  return query;
}

/**
 * The query as a SQL condition on the client alias `c`: each word a part of the name, in any case; each
 * date the birth date.
 */
export function clientQuerySql(q: ClientQuery, p: (value: unknown) => string): string {
  const conditions = [
    ...q.words.map((w) => `c.full_name ilike ${p(`%${w.replace(/[\\%_]/g, (m) => `\\${m}`)}%`)}`),
    ...q.dates.map((d) => (d === 'none' ? 'false' : `c.date_of_birth = ${p(d)}::date`)),
  ];
  return conditions.length ? conditions.join(' and ') : 'true';
}
