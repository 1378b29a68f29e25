import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

export { pgCode, UNIQUE_VIOLATION } from '../../../../libs/persistence/postgres-errors';

/** Runs SQL and gives its rows a shape: the one place the driver's untyped result is named. */
export async function select<T = Record<string, unknown>>(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await db.query(sql, params)) as T[];
}

/**
 * A timestamptz as the answer carries it (`2026-11-27T08:12:00.123Z`, milliseconds as a Date keeps them),
 * formatted by PostgreSQL: a list of rows needs no Date made and formatted again for each.
 */
export function isoInstant(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

const columnLists = new Map<unknown, string>();

/**
 * An entity's columns as a select list on `alias`, each named by its property and typed as TypeORM gives it
 * (a date as its ISO day): a row read with it is the entity, and the statement can read more beside it (the
 * record rule, say) in the same round trip.
 */
export function entityColumns(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const key = `${alias}:${ds.getMetadata(entity).tableName}`;
  let list = columnLists.get(key);
  if (!list) {
    list = ds
      .getMetadata(entity)
      .columns.map((c) => {
        const column = `${alias}.${c.databaseName}`;
        return `${c.type === 'date' ? `to_char(${column}, 'YYYY-MM-DD')` : column} as "${c.propertyName}"`;
      })
      .join(', ');
    columnLists.set(key, list);
  }
  return list;
}
