import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** A raw row (snake_case columns) as an entity, using TypeORM's own column mapping. */
export function rowToEntity<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.databaseName in row) (entity as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
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
