import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { EntityType, HistoryKind, TransitionName } from '@grensportaal/shared-domain';
import { CurrentUser } from '@api/core/auth/current-user';
import type { HistorySource } from '@api/core/context/caller';
import { FieldChange } from '@api/core/history/history-entry.entity';
import { HistoryService, SubjectSource } from '@api/core/history/history.service';
import { ConflictException, ItemNotFoundException } from './conflict.exception';
import { columns, rowToEntity } from './rows';

/** A row that carries an optimistic-locking version (and the agenda its history belongs to). */
export interface VersionedRow extends ObjectLiteral {
  id: string;
  version: number;
}

export interface VersionedChange<T extends VersionedRow> {
  entity: EntityTarget<T>;
  /** The item type its history is kept under (an answer's history is its question's). */
  entityType: EntityType;
  /** For NOT_FOUND messages, e.g. Bottleneck. */
  entityName: string;
  /** The row as the service read it; its version must be the one the caller read. */
  before: T;
  /** The version the caller last read. */
  version: number;
  /** Property → new value; property names come from code, never from input. */
  set: Partial<T>;
  kind: HistoryKind;
  transition?: TransitionName | null;
  /** The changes the history entry records, from the row before and after. */
  changes: (before: T, after: T) => FieldChange[];
  /** The item the history belongs to, when it is not the changed row itself (an answer → its question). */
  historyOf?: { entityId: string; agendaId: string | null; version: number };
  /** The fields a conflict names, when the history of `entityType` does not tell (answers, progress notes). */
  conflictFields?: string[];
  subject?: SubjectSource;
  /** The table has updated_at (set to the portal's clock). */
  touch?: boolean;
  /** The import that makes the change (named in history). */
  source?: HistorySource | null;
}

/**
 * The one way a versioned record changes: `UPDATE … WHERE id = $1 AND
 * version = $2` (optimistic locking written out), a CONFLICT naming the
 * fields changed since when someone else was first, the history entry (and
 * with it the rules that follow from it) in the same transaction, and the
 * row before and after for the caller.
 */
@Injectable()
export class VersionedChanges {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: HistoryService,
  ) {}

  async apply<T extends VersionedRow>(manager: EntityManager, actor: CurrentUser, change: VersionedChange<T>): Promise<{ before: T; after: T }> {
    const { before } = change;
    const table = this.dataSource.getMetadata(change.entity).tableName;
    if (before.version !== change.version) throw await this.conflict(manager, change, table);
    const set = columns(change.set as Record<string, unknown>);
    const names = Object.keys(set);
    const assignments = [...names.map((column, i) => `"${column}" = $${i + 3}`), 'version = version + 1'];
    const values: unknown[] = [before.id, change.version, ...names.map((c) => set[c])];
    if (change.touch !== false) {
      values.push(this.history.now());
      assignments.push(`updated_at = $${values.length}`);
    }
    // For UPDATE, TypeORM's query() answers [rows, affected count].
    const [rows] = (await manager.query(`UPDATE "${table}" SET ${assignments.join(', ')} WHERE id = $1 AND version = $2 RETURNING *`, values)) as [Array<Record<string, unknown>>, number];
    if (rows.length !== 1) throw await this.conflict(manager, change, table);
    const after = rowToEntity(this.dataSource, change.entity, rows[0]);
    const of = change.historyOf ?? { entityId: after.id, agendaId: (after as { agendaId?: string }).agendaId ?? null, version: after.version };
    await this.history.record(
      manager,
      actor,
      { entityType: change.entityType, entityId: of.entityId, agendaId: of.agendaId, version: of.version, kind: change.kind, transition: change.transition ?? null, changes: change.changes(before, after), source: change.source ?? null },
      { before, after, subject: change.subject ?? null },
    );
    return { before, after };
  }

  private async conflict<T extends VersionedRow>(manager: EntityManager, change: VersionedChange<T>, table: string): Promise<Error> {
    const current: Array<{ version: number }> = await manager.query(`SELECT version FROM "${table}" WHERE id = $1`, [change.before.id]);
    if (current.length === 0) return new ItemNotFoundException(change.entityName);
    const changed = change.conflictFields ?? (await this.history.fieldsChangedSince(manager, change.entityType, change.before.id, change.version));
    return new ConflictException(changed, current[0].version);
  }
}
