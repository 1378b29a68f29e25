export const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a PostgreSQL error, whether TypeORM wrapped it or not. */
export function pgCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; driverError?: { code?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A statement refused for what it tried to write (classes 22 and 23): sending it again changes nothing. */
export function isDataError(err: unknown): boolean {
  return /^(22|23)/.test(pgCode(err) ?? '');
}
