import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityType, HistoryKind, TransitionName } from '@grensportaal/shared-domain';
import { CurrentUser } from '@api/core/auth/current-user';
import type { HistorySource } from '@api/core/context/caller';
import { groupByKey, LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { Clock } from '@api/core/time/clock';
import { FieldChange, HistoryEntry } from './history-entry.entity';

export interface NewHistoryEntry {
  entityType: EntityType;
  entityId: string;
  /** Null for the border-effects register (read by everyone signed in). */
  agendaId: string | null;
  version: number;
  kind: HistoryKind;
  transition?: TransitionName | null;
  changes?: FieldChange[];
  /** The import that made the change, when it was no edit on a screen. */
  source?: HistorySource | null;
}

/** What readers know an item by, for whoever hears of its change (the item's module fills it in). */
export interface HistorySubject {
  /** The bottleneck reference the item belongs to (its own, or that of the bottleneck it serves). */
  reference: string;
  /** The item's title or question, in the words of its author. */
  title: string;
  /** When the item is (on) a draft bottleneck: the organisation that alone, with the secretariat and admins, may read it. */
  draftOf?: string | null;
}

/**
 * A recorded change as the rules that follow from it see it: the entry, who
 * made it, the item before and after (the module's own row shape), and how
 * readers know the item. Rules run in the change's transaction and never
 * read another module's tables.
 */
export interface HistoryEvent<T = unknown> extends NewHistoryEntry {
  actor: CurrentUser | null;
  before: T | null;
  after: T | null;
  subject: HistorySubject | null;
}

export type HistoryHandler<T = unknown> = (manager: EntityManager, event: HistoryEvent<T>) => Promise<void>;

/** The subject, or how to find it: found only when a rule listens to the event (most changes have none). */
export type SubjectSource = HistorySubject | null | (() => Promise<HistorySubject | null>);

export interface EventContext<T> {
  before?: T | null;
  after?: T | null;
  subject?: SubjectSource;
}

/**
 * Compares two snapshots field by field; only fields that differ become
 * changes. A text carries the language it is written in (`languages`), so a
 * reader in another language sees it marked as such.
 */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[], languages: Partial<Record<string, string | null>> = {}): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    const language = languages[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push(language ? { field, from, to, language } : { field, from, to });
  }
  return changes;
}

/**
 * Writes history in the transaction of the change it records (the caller's
 * EntityManager), so a change and its history entry commit or fail together,
 * and hands each entry, as a typed event, to the handlers registered for its
 * item type and kind (notification rules), in that same transaction.
 */
@Injectable()
export class HistoryService {
  private readonly handlers = new Map<string, HistoryHandler[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The time a change made now is recorded at (the portal's clock). */
  now(): Date {
    return this.clock.now();
  }

  async record<T>(manager: EntityManager, actor: CurrentUser | null, entry: NewHistoryEntry, context: EventContext<T> = {}): Promise<void> {
    await manager.query(
      `INSERT INTO history_entry (entity_type, entity_id, agenda_id, version, actor_id, organisation_id, kind, transition, changes, occurred_at, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
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
        entry.source ? JSON.stringify(entry.source) : null,
      ],
    );
    const handlers = this.handlers.get(`${entry.entityType}:${entry.kind}`);
    if (!handlers) return;
    const subject = typeof context.subject === 'function' ? await context.subject() : (context.subject ?? null);
    const event: HistoryEvent<T> = { ...entry, actor, before: context.before ?? null, after: context.after ?? null, subject };
    for (const handler of handlers) await handler(manager, event as HistoryEvent);
  }

  /** Runs `handler` in the transaction of every change of this kind to this type of item. */
  on<T>(entityType: EntityType, kind: HistoryKind, handler: HistoryHandler<T>): void {
    const key = `${entityType}:${kind}`;
    this.handlers.set(key, [...(this.handlers.get(key) ?? []), handler as HistoryHandler]);
  }

  /** The events that have a handler (for the test that holds rules and the event table together). */
  handledEvents(): string[] {
    return [...this.handlers.keys()].sort();
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
        const rows: Array<Record<string, unknown>> = await this.dataSource.query(
          `SELECT * FROM (
             SELECT h.*, row_number() OVER (PARTITION BY entity_id ORDER BY id DESC) AS position
               FROM history_entry h WHERE entity_type = $1 AND entity_id = ANY($2)
           ) ranked WHERE position <= $3 ORDER BY id DESC`,
          [entityType, [...ids], limit],
        );
        const repository = this.dataSource.getRepository(HistoryEntry);
        const entries = rows.map((r) =>
          repository.create({
            id: String(r['id']),
            entityType: r['entity_type'] as EntityType,
            entityId: r['entity_id'] as string,
            agendaId: r['agenda_id'] as string | null,
            version: r['version'] as number,
            actorId: r['actor_id'] as string | null,
            organisationId: r['organisation_id'] as string | null,
            occurredAt: r['occurred_at'] as Date,
            kind: r['kind'] as HistoryKind,
            transition: r['transition'] as TransitionName | null,
            changes: r['changes'] as FieldChange[],
            source: (r['source'] as HistorySource | null) ?? null,
          }),
        );
        return groupByKey(ids, entries, (e) => e.entityId);
      })
      .load(entityId);
  }
}
