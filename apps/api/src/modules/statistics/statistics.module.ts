import { Module } from '@nestjs/common';
import { ThemeModule } from '@api/modules/theme/theme.module';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [ThemeModule],
  providers: [StatisticsService, StatisticsResolver],
})
export class StatisticsModule {}
