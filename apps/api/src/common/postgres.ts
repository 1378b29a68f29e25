export const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a PostgreSQL error, whether TypeORM wrapped it or not. */
export function pgCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; driverError?: { code?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Runs SQL and gives its rows a shape: the one place the driver's untyped result is named. */
export async function select<T = Record<string, unknown>>(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await db.query(sql, params)) as T[];
}
