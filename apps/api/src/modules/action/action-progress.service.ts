import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Language, mayPostProgress, mayRequestUpdate, TranslationKind } from '@grensportaal/shared-domain';
import { AuthErrorCode, AuthException } from '@api/core/auth/auth.exception';
import { Caller } from '@api/core/context/caller';
import { newText } from '@api/core/text/stored-text';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { RegisterWrites } from '@api/core/versioning/register-writes';
import { Action } from './action.entity';
import { PROGRESS_NOTE_TEXTS } from './action.snapshot';
import { ActionService } from './action.service';
import { PostProgressInput } from './dto/post-progress.input';
import { RequestUpdateInput } from './dto/request-update.input';
import { ProgressUpdate } from './progress-update.entity';

/** Progress on actions: the owner reports it, the secretariat and the steering commissioner ask for it; notes are translated, never edited. */
@Injectable()
export class ActionProgressService {
  private readonly changeAction = this.writes.of(Action, 'ACTION', 'Action');
  private readonly changeNote = this.writes.of(ProgressUpdate, 'ACTION', 'Action');

  constructor(
    private readonly writes: RegisterWrites,
    private readonly actions: ActionService,
  ) {}

  /** An open action the caller may act on by `rule`, and how readers know it. */
  private async actionFor(caller: Caller, id: string, rule: typeof mayPostProgress) {
    const action = await this.actions.requireVisible(caller, id);
    if (!rule(await this.actions.actors(caller, action), action.status)) throw new AuthException(AuthErrorCode.FORBIDDEN);
    return { action, subject: () => this.actions.subjectOf(caller.loaders, action) };
  }

  /** The owner reports progress: the action's progress, a dated note, one history entry, one transaction. */
  async post(caller: Caller, input: PostProgressInput, manager?: EntityManager): Promise<Action> {
    const user = this.writes.user(caller);
    const { action, subject } = await this.actionFor(caller, input.actionId, mayPostProgress);
    const now = this.writes.clock.now();
    return this.writes.transaction(manager, async (tx) => {
      const { after } = await this.changeAction(tx, caller, action, input.version, {
        set: { progress: input.progress, lastProgressAt: now, updateRequestedAt: null, updateRequestedById: null },
        kind: 'PROGRESS',
        changes: (before) => [
          { field: 'progress', from: before.progress, to: input.progress },
          { field: 'note', from: null, to: input.note, language: input.language },
        ],
        subject,
      });
      await tx.getRepository(ProgressUpdate).insert({
        actionId: action.id,
        agendaId: action.agendaId,
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
    const user = this.writes.user(caller);
    const { action, subject } = await this.actionFor(caller, input.id, mayRequestUpdate);
    return this.writes.transaction(manager, async (tx) => {
      const set = { updateRequestedAt: this.writes.clock.now(), updateRequestedById: user.id };
      const { after } = await this.changeAction(tx, caller, action, input.version, { set, kind: 'UPDATE_REQUESTED', changes: () => [{ field: 'updateRequest', from: null, to: input.message ?? null }], subject });
      return after;
    });
  }

  /** A translation of a progress note, on the version of the note the caller read; recorded in the action's history. */
  async translateNote(caller: Caller, progressUpdateId: string, version: number, translation: { language: Language; text: string; kind: TranslationKind }, manager?: EntityManager): Promise<Action> {
    const update = await this.writes.dataSource.getRepository(ProgressUpdate).findOneBy({ id: progressUpdateId });
    const action = update ? await this.actions.visible(caller, update.actionId) : null;
    if (!update || !action) throw new ItemNotFoundException('Action');
    const note = PROGRESS_NOTE_TEXTS.translated(update.note, 'note', translation, this.writes.user(caller), this.writes.clock.now());
    const subject = () => this.actions.subjectOf(caller.loaders, action);
    return this.writes.transaction(manager, async (tx) => {
      await this.changeNote(tx, caller, update, version, {
        set: { note },
        kind: 'TRANSLATED',
        changes: (before) => [{ field: 'progressNote', from: before.note.tr[translation.language]?.text ?? null, to: translation.text, language: translation.language }],
        historyOf: { entityId: action.id, agendaId: action.agendaId, version: action.version },
        conflictFields: ['progressNote'],
        subject,
        touch: false,
      });
      return action;
    });
  }
}
