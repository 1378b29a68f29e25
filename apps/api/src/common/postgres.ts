export { pgCode, UNIQUE_VIOLATION } from '../../../../libs/persistence/postgres-errors';

/** Runs SQL and gives its rows a shape: the one place the driver's untyped result is named. */
export async function select<T = Record<string, unknown>>(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await db.query(sql, params)) as T[];
}
