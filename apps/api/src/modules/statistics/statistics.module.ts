import { Module } from '@nestjs/common';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { ThemeModule } from '@api/modules/theme/theme.module';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [ThemeModule, AgendaModule, OrganisationModule],
  providers: [StatisticsService, StatisticsResolver, DashboardService, DashboardResolver],
})
export class StatisticsModule {}
