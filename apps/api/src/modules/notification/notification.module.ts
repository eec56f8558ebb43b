import { Module } from '@nestjs/common';
import { ActionModule } from '@api/modules/action/action.module';
import { AssignmentModule } from '@api/modules/assignment/assignment.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { DeadlineService } from './deadline.service';
import { FollowService } from './follow.service';
import { JobScheduler } from './job-scheduler.service';
import { MailOutbox } from './mail-outbox.service';
import { MailTransport } from './mail.transport';
import { NotificationHub } from './notification-hub.service';
import { NotificationMessages } from './notification-messages';
import { NotificationStreamController } from './notification-stream.controller';
import { ActionFollowResolver, AssignmentFollowResolver, BottleneckFollowResolver, FollowResolver, MeNotificationResolver, NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NotificationRules } from './rules/notification-rules';

/** Notifications in the bell and by e-mail, deadlines and escalations, the daily digest, and the jobs that run them. */
@Module({
  imports: [BottleneckModule, ActionModule, AssignmentModule],
  controllers: [NotificationStreamController],
  providers: [
    NotificationService,
    NotificationRules,
    NotificationMessages,
    MailTransport,
    MailOutbox,
    DeadlineService,
    JobScheduler,
    NotificationHub,
    FollowService,
    NotificationResolver,
    MeNotificationResolver,
    FollowResolver,
    BottleneckFollowResolver,
    ActionFollowResolver,
    AssignmentFollowResolver,
  ],
  exports: [NotificationService, MailOutbox, DeadlineService, JobScheduler],
})
export class NotificationModule {}
