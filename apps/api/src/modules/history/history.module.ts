import { Module } from '@nestjs/common';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { UserModule } from '@api/modules/user/user.module';
import { HistoryEntryResolver } from './history-entry.resolver';

/** The GraphQL side of history (who, for which organisation, which fields); writing history is core. */
@Module({
  imports: [OrganisationModule, UserModule],
  providers: [HistoryEntryResolver],
})
export class HistoryModule {}
