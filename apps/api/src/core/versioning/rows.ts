import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** A raw row (snake_case columns) as an entity, using TypeORM's own column mapping. */
export function rowToEntity<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (!(column.databaseName in row)) continue;
    const value = row[column.databaseName];
    // Rows read as JSON (row_to_json of a joined table) carry instants as text.
    const instant = (column.type === 'timestamptz' || column.type === 'timestamp with time zone' || column.type === Date) && typeof value === 'string';
    (entity as Record<string, unknown>)[column.propertyName] = instant ? new Date(value) : value;
  }
  return entity;
}

/** Entity property names → column names (snake_case); JSON values serialised for raw SQL. */
export function columns(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value,
    ]),
  );
}
