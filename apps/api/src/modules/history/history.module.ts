import { Module } from '@nestjs/common';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { ThemeModule } from '@api/modules/theme/theme.module';
import { UserModule } from '@api/modules/user/user.module';
import { HistoryEntryResolver } from './history-entry.resolver';
import { HISTORY_FIELD_RESOLVERS } from './history-field.resolver';
import { HistoryReader } from './history-reader.service';

/** The GraphQL side of history: who, for which organisation, which fields, as the reader may read them; writing history is core. */
@Module({
  imports: [OrganisationModule, UserModule, BottleneckModule, ThemeModule],
  providers: [HistoryReader, HistoryEntryResolver, ...HISTORY_FIELD_RESOLVERS],
})
export class HistoryModule {}
