import { Injectable } from '@nestjs/common';
import { EntityType } from '@grensportaal/shared-domain';
import { Caller } from '@api/core/context/caller';
import { LoaderRegistry } from '@api/core/dataloader/loader-registry';
import { HistorySubject } from '@api/core/history/history.service';
import { ActionService } from '@api/modules/action/action.service';
import { AssignmentService } from '@api/modules/assignment/assignment.service';
import { ConsultationService } from '@api/modules/border-effects/consultation.service';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';

/** A bottleneck, action, question or consultation the caller may read, as the things said about it (comments, documents) need it. */
export interface ReadableItem {
  entityType: EntityType;
  id: string;
  /** Null for what belongs to no agenda (a consultation, a question about one): read by every signed-in user. */
  agendaId: string | null;
  /** The item's own version: history of what is said about it is kept at the version it had. */
  version: number;
  /** How readers know the item: its bottleneck reference and title (looked up only when a rule asks). */
  subject: () => Promise<HistorySubject | null>;
}

/**
 * The items others write about — comments, attachments — under the item's own
 * read rules: one place that knows which service decides whether a caller
 * may read a bottleneck, an action or a question, and how readers know it.
 */
@Injectable()
export class ReadableItems {
  constructor(
    private readonly bottlenecks: BottleneckService,
    private readonly actions: ActionService,
    private readonly assignments: AssignmentService,
    private readonly consultations: ConsultationService,
  ) {}

  async find(caller: Caller, entityType: EntityType, id: string): Promise<ReadableItem | null> {
    if (entityType === 'BOTTLENECK') {
      const b = await this.bottlenecks.visible(caller, id);
      return b && { entityType, id, agendaId: b.agendaId, version: b.version, subject: async () => ({ reference: b.reference, title: b.title.text, draftOf: b.status === 'DRAFT' ? b.reportingOrganisationId : null }) };
    }
    if (entityType === 'ACTION') {
      const a = await this.actions.visible(caller, id);
      return a && { entityType, id, agendaId: a.agendaId, version: a.version, subject: () => this.actions.subjectOf(caller.loaders, a) };
    }
    if (entityType === 'ASSIGNMENT') {
      const q = await this.assignments.visible(caller, id);
      return q && { entityType, id, agendaId: q.agendaId, version: q.version, subject: () => this.assignments.subjectOf(caller.loaders, q) };
    }
    if (entityType === 'CONSULTATION') {
      const c = await this.consultations.visible(caller, id);
      return c && { entityType, id, agendaId: null, version: c.version, subject: () => this.consultations.subjectOf(caller.loaders, c) };
    }
    return null;
  }

  /** The item's agenda and version, read for work the portal does itself (a scan released a file): no caller, no read rule. */
  async itself(entityType: EntityType, id: string, loaders = new LoaderRegistry()): Promise<{ agendaId: string | null; version: number } | null> {
    const service = entityType === 'BOTTLENECK' ? this.bottlenecks : entityType === 'ACTION' ? this.actions : entityType === 'ASSIGNMENT' ? this.assignments : null;
    return (await service?.loader(loaders).load(id)) ?? null;
  }
}
