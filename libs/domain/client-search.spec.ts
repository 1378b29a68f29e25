import { clientQuerySql, parseClientQuery } from './client-search';

describe('a search for a client', () => {
  it('reads birth dates as Finns and ISO write them, and the rest as words of the name', () => {
    expect(parseClientQuery('  Eetu 24.12.2016 ')).toEqual({ dates: ['2016-12-24'], words: ['eetu'] });
    expect(parseClientQuery('1.2.2016')).toEqual({ dates: ['2016-02-01'], words: [] });
    expect(parseClientQuery('2016-02-01 järvinen')).toEqual({ dates: ['2016-02-01'], words: ['järvinen'] });
  });

  it('lets a date that is no day match nothing, not a name', () => {
    expect(parseClientQuery('31.2.2016')).toEqual({ dates: ['none'], words: [] });
    const params: unknown[] = [];
    expect(clientQuerySql(parseClientQuery('31.2.2016'), (v) => `$${params.push(v)}`)).toBe('false');
  });

  it('escapes the wildcards of like, so that a % in a name is a %', () => {
    const params: unknown[] = [];
    const sql = clientQuerySql(parseClientQuery('50%_x 2016-02-01'), (v) => `$${params.push(v)}`);
    expect(sql).toBe('c.full_name ilike $1 and c.date_of_birth = $2::date');
    expect(params).toEqual(['%50\\%\\_x%', '2016-02-01']);
  });
});
