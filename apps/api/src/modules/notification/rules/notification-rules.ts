import { Injectable, OnModuleInit } from '@nestjs/common';
import { HistoryService } from '@api/core/history/history.service';
import { NotificationService } from '../notification.service';
import { ACTION_RULES } from './action.rules';
import { ASSIGNMENT_RULES } from './assignment.rules';
import { ATTACHMENT_RULES } from './attachment.rules';
import { BOTTLENECK_RULES } from './bottleneck.rules';
import { COMMENT_RULES } from './comment.rules';
import { NotificationRule } from './notification-rule';

/**
 * Every notification rule, one file per kind of item. Which history events
 * have none is declared in the shared domain (HISTORY_EVENTS, 'silent'); a
 * test holds the two together.
 */
export const NOTIFICATION_RULES: readonly NotificationRule[] = [...BOTTLENECK_RULES, ...ACTION_RULES, ...ASSIGNMENT_RULES, ...COMMENT_RULES, ...ATTACHMENT_RULES];

/** Registers the rules for their history events, so they run in the transaction of each change. */
@Injectable()
export class NotificationRules implements OnModuleInit {
  constructor(
    private readonly history: HistoryService,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    for (const rule of NOTIFICATION_RULES) this.history.on(rule.entityType, rule.kind, (manager, event) => rule.notify(manager, event, this.notifications));
  }
}
