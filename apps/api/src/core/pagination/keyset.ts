import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { decodeCursor } from './connection';

export interface KeysetOrder {
  /** The sort column, qualified (e.g. b.updated_at); ties are broken by the id of `alias`. */
  column: string;
  direction: 'ASC' | 'DESC';
  /** SQL type the cursor value is cast back to. */
  cast: 'timestamptz' | 'date' | 'text' | 'int';
}

export interface PageQuery {
  /** The entity of `alias`: its selectable columns are read (not stored search columns). */
  entity: EntityTarget<ObjectLiteral>;
  /** Entity columns (database names) not to read, e.g. long texts a list does not show. */
  omit?: readonly string[];
  /** Columns to select besides the entity's and the cursor value. */
  select: string;
  /** FROM and JOIN clauses. */
  from: string;
  alias: string;
  /** Conditions (AND-ed) with :named parameters: scope, filters. Only the count reads them without the joins of `from`, so they may name `alias` only. */
  where: string[];
  params: Record<string, unknown>;
  order: KeysetOrder;
  first: number;
  after?: string | null;
  withCount: boolean;
}

/** `alias.column` for every column TypeORM selects by default (generated search columns are `select: false`). */
export function entityColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, omit: readonly string[] = []): string {
  return dataSource
    .getMetadata(entity)
    .columns.filter((c) => c.isSelect && !omit.includes(c.databaseName))
    .map((c) => `${alias}.${c.databaseName}`)
    .join(', ');
}

/**
 * One statement for a page (keyset pagination on sort value and id, one row
 * more than asked to know whether there is a next page) and, only when asked,
 * one for the total count over the same conditions on the entity's own table;
 * both are sent at once, on two connections of the pool.
 */
export async function pageQuery(dataSource: DataSource, q: PageQuery): Promise<{ rows: Array<Record<string, unknown>>; totalCount: number }> {
  const params: Record<string, unknown> = { ...q.params, pageLimit: q.first + 1 };
  const conditions = q.where.length ? q.where : ['TRUE'];
  const pageConditions = [...conditions];
  if (q.after) {
    const [value, id] = decodeCursor(q.after);
    const op = q.order.direction === 'DESC' ? '<' : '>';
    pageConditions.push(`(${q.order.column}, ${q.alias}.id) ${op} (CAST(:cursorValue AS ${q.order.cast}), CAST(:cursorId AS uuid))`);
    params['cursorValue'] = value;
    params['cursorId'] = id;
  }
  const [sql, bound] = dataSource.driver.escapeQueryWithParameters(
    `SELECT ${entityColumns(dataSource, q.entity, q.alias, q.omit)}, ${q.order.column}::text AS cursor_value${q.select ? `, ${q.select}` : ''}
       FROM ${q.from}
      WHERE ${pageConditions.join(' AND ')}
      ORDER BY ${q.order.column} ${q.order.direction}, ${q.alias}.id ${q.order.direction}
      LIMIT :pageLimit`,
    params,
  );
  const table = dataSource.getMetadata(q.entity).tableName;
  const count = async (): Promise<number> => {
    if (!q.withCount) return 0;
    const [countSql, countParams] = dataSource.driver.escapeQueryWithParameters(`SELECT count(*)::int AS n FROM ${table} ${q.alias} WHERE ${conditions.join(' AND ')}`, params);
    return ((await dataSource.query(countSql, countParams)) as Array<{ n: number }>)[0].n;
  };
  const [rows, totalCount] = await Promise.all([dataSource.query(sql, bound) as Promise<Array<Record<string, unknown>>>, count()]);
  return { rows, totalCount };
}

/** LIKE patterns for each word of a search text (at most 8), escaped. */
export function searchWords(text: string | null | undefined): string[] {
  return (text ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
