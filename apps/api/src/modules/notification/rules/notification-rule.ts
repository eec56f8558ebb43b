import { EntityManager } from 'typeorm';
import { EntityType, HistoryKind } from '@grensportaal/shared-domain';
import { HistoryEvent } from '@api/core/history/history.service';
import { NotificationService } from '../notification.service';

/**
 * Who hears of one kind of change, and what they are told: a function of the
 * history event (the item before and after, its subject), run in the
 * change's transaction. Rules never read another module's tables.
 */
export interface NotificationRule<T = unknown> {
  entityType: EntityType;
  kind: HistoryKind;
  notify(manager: EntityManager, event: HistoryEvent<T>, notifications: NotificationService): Promise<void>;
}

/** A rule, typed by the row the item's module hands over (its entity). */
export function on<T>(entityType: EntityType, kind: HistoryKind, notify: NotificationRule<T>['notify']): NotificationRule {
  return { entityType, kind, notify: notify as NotificationRule['notify'] };
}
