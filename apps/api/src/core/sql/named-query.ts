import type { DataSource } from 'typeorm';

/** Runs a statement with :named parameters (TypeORM's escaping turns them into $1, $2, …; an array parameter stays one array). */
export function namedQuery<T>(dataSource: DataSource, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [bound, values] = dataSource.driver.escapeQueryWithParameters(sql, params);
  return dataSource.query(bound, values);
}
