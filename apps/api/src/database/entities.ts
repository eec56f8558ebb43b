import { HistoryEntry } from '@api/core/history/history-entry.entity';
import { Action } from '@api/modules/action/action.entity';
import { ActionBottleneck } from '@api/modules/action/action-bottleneck.entity';
import { ProgressUpdate } from '@api/modules/action/progress-update.entity';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { Answer } from '@api/modules/assignment/answer.entity';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckLink } from '@api/modules/bottleneck/bottleneck-link.entity';
import { ReferenceCounter } from '@api/modules/bottleneck/reference-counter.entity';
import { Attachment } from '@api/modules/attachment/attachment.entity';
import { Comment } from '@api/modules/comment/comment.entity';
import { AgendaPartner } from '@api/modules/agenda/agenda-partner.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';
import { AppUser } from '@api/modules/user/user.entity';
import { RateLimitBucket } from '@api/core/auth/rate-limit-bucket.entity';
import { DeadlineEvent } from '@api/modules/notification/deadline-event.entity';
import { Follow } from '@api/modules/notification/follow.entity';
import { Notification } from '@api/modules/notification/notification.entity';
import { OutboxEmail } from '@api/modules/notification/outbox-email.entity';
import { ExportRecord } from '@api/modules/exchange/export-record.entity';
import { RegisterImport } from '@api/modules/exchange/register-import.entity';
import { Conference, ConferenceItem } from '@api/modules/report/conference.entity';
import { ThesaurusConceptRecord } from '@api/modules/search/thesaurus-concept.entity';
import { GeneratedReport } from '@api/modules/report/generated-report.entity';
import { ConsultationBottleneck } from '@api/modules/border-effects/consultation-link.entity';
import { ConsultationFlag } from '@api/modules/border-effects/consultation-flag.entity';
import { Consultation } from '@api/modules/border-effects/consultation.entity';
import { ScreeningRound } from '@api/modules/border-effects/screening-round.entity';

/** Every entity TypeORM maps; listed explicitly so the build output needs no globbing. */
export const ENTITIES = [
  Organisation,
  Agenda,
  AgendaPartner,
  Theme,
  AppUser,
  RateLimitBucket,
  HistoryEntry,
  Bottleneck,
  BottleneckLink,
  ReferenceCounter,
  Action,
  ActionBottleneck,
  ProgressUpdate,
  Assignment,
  Answer,
  Comment,
  Attachment,
  Notification,
  Follow,
  OutboxEmail,
  DeadlineEvent,
  ExportRecord,
  RegisterImport,
  Conference,
  ConferenceItem,
  GeneratedReport,
  ThesaurusConceptRecord,
  ScreeningRound,
  Consultation,
  ConsultationBottleneck,
  ConsultationFlag,
];
