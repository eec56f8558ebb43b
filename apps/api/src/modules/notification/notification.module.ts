import { Module } from '@nestjs/common';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { DeadlineService } from './deadline.service';
import { FollowService } from './follow.service';
import { JobScheduler } from './job-scheduler.service';
import { MailOutbox } from './mail-outbox.service';
import { MailTransport } from './mail.transport';
import { NotificationHub } from './notification-hub.service';
import { NotificationMessages } from './notification-messages';
import { NotificationStreamController } from './notification-stream.controller';
import { BottleneckFollowResolver, MeNotificationResolver, NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/** Notifications in the bell and by e-mail, deadlines and escalations, the daily digest, and the jobs that run them. */
@Module({
  imports: [BottleneckModule],
  controllers: [NotificationStreamController],
  providers: [
    NotificationService,
    NotificationMessages,
    MailTransport,
    MailOutbox,
    DeadlineService,
    JobScheduler,
    NotificationHub,
    FollowService,
    NotificationResolver,
    MeNotificationResolver,
    BottleneckFollowResolver,
  ],
  exports: [NotificationService, MailOutbox, DeadlineService, JobScheduler],
})
export class NotificationModule {}
