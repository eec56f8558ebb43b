import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityType } from '@grensportaal/shared-domain';
import { CurrentUser } from '@api/core/auth/current-user';
import { groupByKey, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { Clock } from '@api/core/time/clock';
import { FieldChange, HistoryEntry } from './history-entry.entity';

export interface NewHistoryEntry {
  entityType: EntityType;
  entityId: string;
  agendaId: string;
  version: number;
  kind: string;
  transition?: string | null;
  changes?: FieldChange[];
}

/** Compares two snapshots field by field; only fields that differ become changes. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}

/** Runs in the transaction of a recorded change (notifications are written this way). */
export type HistoryListener = (manager: EntityManager, actor: CurrentUser | null, entry: NewHistoryEntry) => Promise<void>;

/**
 * Writes history in the transaction of the change it records (the caller's
 * EntityManager), so a change and its history entry commit or fail together;
 * listeners (notifications) write in that same transaction too.
 */
@Injectable()
export class HistoryService {
  private readonly listeners: HistoryListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The time a change made now is recorded at (the portal's clock). */
  now(): Date {
    return this.clock.now();
  }

  async record(manager: EntityManager, actor: CurrentUser | null, entry: NewHistoryEntry): Promise<void> {
    await manager.query(
      `INSERT INTO history_entry (entity_type, entity_id, agenda_id, version, actor_id, organisation_id, kind, transition, changes, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        entry.entityType,
        entry.entityId,
        entry.agendaId,
        entry.version,
        actor?.id ?? null,
        actor?.organisation?.id ?? null,
        entry.kind,
        entry.transition ?? null,
        JSON.stringify(entry.changes ?? []),
        this.clock.now(),
      ],
    );
    for (const listener of this.listeners) await listener(manager, actor, entry);
  }

  onRecorded(listener: HistoryListener): void {
    this.listeners.push(listener);
  }

  /** Fields changed by others after `version` (for a conflict message). */
  async fieldsChangedSince(manager: EntityManager, entityType: EntityType, entityId: string, version: number): Promise<string[]> {
    const rows: Array<{ field: string }> = await manager.query(
      `SELECT DISTINCT change->>'field' AS field
         FROM history_entry, jsonb_array_elements(changes) AS change
        WHERE entity_type = $1 AND entity_id = $2 AND version > $3
        ORDER BY 1`,
      [entityType, entityId, version],
    );
    return rows.map((r) => r.field);
  }

  /** An item's history, newest first; one query for all items of a request. */
  of(loaders: LoaderRegistry, entityType: EntityType, entityId: string, limit: number): Promise<HistoryEntry[]> {
    return loaders
      .get<string, HistoryEntry[]>(`history.${entityType}.${limit}`, async (ids) => {
        const rows = await this.dataSource.getRepository(HistoryEntry).query(
          `SELECT * FROM (
             SELECT h.*, row_number() OVER (PARTITION BY entity_id ORDER BY id DESC) AS position
               FROM history_entry h WHERE entity_type = $1 AND entity_id = ANY($2)
           ) ranked WHERE position <= $3 ORDER BY id DESC`,
          [entityType, [...ids], limit],
        );
        const entries = (rows as Array<Record<string, unknown>>).map((r) => this.dataSource.getRepository(HistoryEntry).create({
          id: String(r['id']),
          entityType: r['entity_type'] as EntityType,
          entityId: r['entity_id'] as string,
          agendaId: r['agenda_id'] as string,
          version: r['version'] as number,
          actorId: r['actor_id'] as string | null,
          organisationId: r['organisation_id'] as string | null,
          occurredAt: r['occurred_at'] as Date,
          kind: r['kind'] as string,
          transition: r['transition'] as string | null,
          changes: r['changes'] as FieldChange[],
        }));
        return groupByKey(ids, entries, (e) => e.entityId);
      })
      .load(entityId);
  }
}
