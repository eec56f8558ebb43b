import { ActionModule } from '@api/modules/action/action.module';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { AssignmentModule } from '@api/modules/assignment/assignment.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { AttachmentModule } from '@api/modules/attachment/attachment.module';
import { CommentModule } from '@api/modules/comment/comment.module';
import { HistoryModule } from '@api/modules/history/history.module';
import { TranslationModule } from '@api/modules/translation/translation.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { StatisticsModule } from '@api/modules/statistics/statistics.module';
import { ThemeModule } from '@api/modules/theme/theme.module';
import { MeModule } from '@api/modules/user/me.module';
import { NotificationModule } from '@api/modules/notification/notification.module';
import { ExchangeModule } from '@api/modules/exchange/exchange.module';
import { ReportModule } from '@api/modules/report/report.module';
import { BorderEffectsModule } from '@api/modules/border-effects/border-effects.module';
import { SearchModule } from '@api/modules/search/search.module';

/**
 * The domain modules. The app imports them, and the schema printer collects
 * their resolvers from here, so the committed schema cannot miss one.
 */
export const FEATURE_MODULES = [
  OrganisationModule,
  ThemeModule,
  AgendaModule,
  MeModule,
  BottleneckModule,
  ActionModule,
  AssignmentModule,
  CommentModule,
  AttachmentModule,
  TranslationModule,
  HistoryModule,
  StatisticsModule,
  NotificationModule,
  ExchangeModule,
  ReportModule,
  BorderEffectsModule,
  SearchModule,
];
