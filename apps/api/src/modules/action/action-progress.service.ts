import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Language, mayPostProgress, mayRequestUpdate, TranslationKind } from '@grensportaal/shared-domain';
import { AccessService } from '@api/core/auth/access.service';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { Caller } from '@api/core/context/caller';
import { newText } from '@api/core/text/stored-text';
import { Clock } from '@api/core/time/clock';
import { ValidationException } from '@api/core/validation/validation';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { VersionedChanges } from '@api/core/versioning/versioned-change';
import { inTransaction } from '@api/database/transaction';
import { Action } from './action.entity';
import { PROGRESS_NOTE_TEXTS } from './action.snapshot';
import { ActionService } from './action.service';
import { PostProgressInput } from './dto/post-progress.input';
import { RequestUpdateInput } from './dto/request-update.input';
import { ProgressUpdate } from './progress-update.entity';

/** Progress on actions: the owner reports it, the secretariat and the steering commissioner ask for it; notes are translated, never edited. */
@Injectable()
export class ActionProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly changes: VersionedChanges,
    private readonly clock: Clock,
    private readonly actions: ActionService,
  ) {}

  /** The owner reports progress: the action's progress, a dated note, one history entry, one transaction. */
  async post(caller: Caller, input: PostProgressInput, manager?: EntityManager): Promise<Action> {
    const user = this.access.requireUser(caller);
    const current = await this.actions.requireVisible(caller, input.actionId);
    if (!mayPostProgress(await this.actions.actors(caller, current), current.status)) throw new AuthException(AuthErrorCode.FORBIDDEN);
    const now = this.clock.now();
    return inTransaction(this.dataSource, manager, async (tx) => {
      const { after } = await this.changes.apply(tx, user, {
        entity: Action,
        entityType: 'ACTION',
        entityName: 'Action',
        before: current,
        version: input.version,
        set: { progress: input.progress, lastProgressAt: now, updateRequestedAt: null, updateRequestedById: null },
        kind: 'PROGRESS',
        changes: (before) => [
          { field: 'progress', from: before.progress, to: input.progress },
          { field: 'note', from: null, to: input.note, language: input.language },
        ],
        subject: await this.actions.subjectOf(caller.loaders, current),
      });
      await tx.getRepository(ProgressUpdate).insert({
        actionId: current.id,
        agendaId: current.agendaId,
        authorId: user.id,
        organisationId: user.organisation?.id ?? null,
        progress: input.progress,
        note: newText(input.language, input.note),
        createdAt: now,
        version: 1,
      });
      return after;
    });
  }

  /** Asks the owner for a progress report; recorded in history (the owner hears of it from there). */
  async requestUpdate(caller: Caller, input: RequestUpdateInput, manager?: EntityManager): Promise<Action> {
    const user = this.access.requireUser(caller);
    const current = await this.actions.requireVisible(caller, input.id);
    if (!mayRequestUpdate(await this.actions.actors(caller, current), current.status)) throw new AuthException(AuthErrorCode.FORBIDDEN);
    return inTransaction(this.dataSource, manager, async (tx) => {
      const { after } = await this.changes.apply(tx, user, {
        entity: Action,
        entityType: 'ACTION',
        entityName: 'Action',
        before: current,
        version: input.version,
        set: { updateRequestedAt: this.clock.now(), updateRequestedById: user.id },
        kind: 'UPDATE_REQUESTED',
        changes: () => [{ field: 'updateRequest', from: null, to: input.message ?? null }],
        subject: await this.actions.subjectOf(caller.loaders, current),
      });
      return after;
    });
  }

  /** A translation of a progress note, on the version of the note the caller read; recorded in the action's history. */
  async translateNote(caller: Caller, progressUpdateId: string, version: number, translation: { language: Language; text: string; kind: TranslationKind }, manager?: EntityManager): Promise<Action> {
    const user = this.access.requireUser(caller);
    const update = await this.dataSource.getRepository(ProgressUpdate).findOneBy({ id: progressUpdateId });
    const action = update ? await this.actions.visible(caller, update.actionId) : null;
    if (!update || !action) throw new ItemNotFoundException('Action');
    const problem = PROGRESS_NOTE_TEXTS.check(update.note, 'note', translation, 'input');
    if (problem) throw new ValidationException([problem]);
    const note = PROGRESS_NOTE_TEXTS.translate(update.note, translation.language, translation.text, translation.kind, user, this.clock.now());
    return inTransaction(this.dataSource, manager, async (tx) => {
      await this.changes.apply(tx, user, {
        entity: ProgressUpdate,
        entityType: 'ACTION',
        entityName: 'Action',
        before: update,
        version,
        set: { note },
        kind: 'TRANSLATED',
        changes: (before) => [{ field: 'progressNote', from: before.note.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
        historyOf: { entityId: action.id, agendaId: action.agendaId, version: action.version },
        conflictFields: ['progressNote'],
        subject: await this.actions.subjectOf(caller.loaders, action),
        touch: false,
      });
      return action;
    });
  }
}
