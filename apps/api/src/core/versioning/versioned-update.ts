import { EntityManager } from 'typeorm';
import { EntityType } from '@grensportaal/shared-domain';
import { HistoryService } from '@api/core/history/history.service';
import { ConflictException, NotFoundException } from './conflict.exception';

export interface VersionedUpdate {
  table: string;
  entityType: EntityType;
  /** For NOT_FOUND messages, e.g. Bottleneck. */
  entityName: string;
  id: string;
  /** The version the caller last read. */
  version: number;
  /** Column → new value; column names come from code, never from input. */
  set: Record<string, unknown>;
}

/**
 * Optimistic locking written out: UPDATE … WHERE id = $1 AND version = $2.
 * Zero rows means the record moved on (CONFLICT, naming the fields changed
 * since, from history) or is gone (NOT_FOUND). Returns the updated row.
 */
export async function updateVersioned<T = Record<string, unknown>>(manager: EntityManager, history: HistoryService, update: VersionedUpdate): Promise<T> {
  const columns = Object.keys(update.set);
  const assignments = columns.map((column, i) => `"${column}" = $${i + 3}`);
  // For UPDATE, TypeORM's query() answers [rows, affected count].
  const [rows] = (await manager.query(
    `UPDATE "${update.table}" SET ${[...assignments, 'version = version + 1', `updated_at = $${columns.length + 3}`].join(', ')}
      WHERE id = $1 AND version = $2 RETURNING *`,
    [update.id, update.version, ...columns.map((c) => update.set[c]), history.now()],
  )) as [T[], number];
  if (rows.length === 1) return rows[0];
  const current: Array<{ version: number }> = await manager.query(`SELECT version FROM "${update.table}" WHERE id = $1`, [update.id]);
  if (current.length === 0) throw new NotFoundException(update.entityName, update.id);
  const changed = await history.fieldsChangedSince(manager, update.entityType, update.id, update.version);
  throw new ConflictException(changed, current[0].version);
}
