import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { EntityType } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { CurrentUser } from '@api/core/auth/current-user';
import { Caller } from '@api/core/context/caller';
import { EventContext, HistoryService, NewHistoryEntry } from '@api/core/history/history.service';
import { Clock } from '@api/core/time/clock';
import { inTransaction } from '@api/database/transaction';
import { VersionedChange, VersionedChanges, VersionedRow } from './versioned-change';

/** What a change of one kind of record says beyond the record itself. */
export type ChangeOf<T extends VersionedRow> = Omit<VersionedChange<T>, 'entity' | 'entityType' | 'entityName' | 'before' | 'version'>;

/**
 * What every service that changes the register works with: the transaction
 * (the caller's, or a new one), who the caller is, history, versioned
 * changes and the portal's clock.
 */
@Injectable()
export class RegisterWrites {
  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    readonly access: AccessService,
    readonly history: HistoryService,
    private readonly changes: VersionedChanges,
    readonly clock: Clock,
  ) {}

  /** Runs `work` in the given transaction, or in a new one. */
  transaction<T>(manager: EntityManager | undefined, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, manager, work);
  }

  user(caller: Caller): CurrentUser {
    return this.access.requireUser(caller);
  }

  /** The versioned change of one kind of record: `(tx, caller, before, version, change) → { before, after }`. */
  of<T extends VersionedRow>(entity: EntityTarget<T>, entityType: EntityType, entityName: string) {
    return (tx: EntityManager, caller: Caller, before: T, version: number, change: ChangeOf<T>) =>
      this.changes.apply(tx, this.user(caller), { entity, entityType, entityName, before, version, source: caller.origin ?? null, ...change });
  }

  /** History of a change that is no versioned update (a record created, a link added), with its event for the rules. */
  record<T>(tx: EntityManager, caller: Caller, entry: NewHistoryEntry, context: EventContext<T> = {}): Promise<void> {
    return this.history.record(tx, this.user(caller), { source: caller.origin ?? null, ...entry }, context);
  }
}
