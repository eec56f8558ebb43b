import { Module } from '@nestjs/common';
import { ActionModule } from '@api/modules/action/action.module';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { ConferenceItemResolver, ConferenceResolver } from './conference.resolver';
import { ConferenceService } from './conference.service';
import { ReportController } from './report.controller';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

/** The agenda's cycle of conferences, and the documents written from the record for it: conference packs and yearly progress reports. */
@Module({
  imports: [AgendaModule, BottleneckModule, ActionModule],
  controllers: [ReportController],
  providers: [ConferenceService, ConferenceResolver, ConferenceItemResolver, ReportService, ReportResolver],
  exports: [ConferenceService, ReportService],
})
export class ReportModule {}
