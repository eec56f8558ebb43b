import { Module } from '@nestjs/common';
import { ActionModule } from '@api/modules/action/action.module';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { AssignmentModule } from '@api/modules/assignment/assignment.module';
import { AttachmentModule } from '@api/modules/attachment/attachment.module';
import { BorderEffectsModule } from '@api/modules/border-effects/border-effects.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { ThemeModule } from '@api/modules/theme/theme.module';
import { ConsultationImportController } from './consultation-import.controller';
import { ConsultationImportService } from './consultation-import.service';
import { ExportController } from './export.controller';
import { ImportController } from './import.controller';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';
import { ExportResolver } from './export.resolver';
import { ExportService } from './export.service';

/** The register in and out: exports in every language and format, imports of partners' sheets and of the screening's sheets. */
@Module({
  imports: [BorderEffectsModule, BottleneckModule, ActionModule, AssignmentModule, AttachmentModule, AgendaModule, OrganisationModule, ThemeModule],
  controllers: [ExportController, ImportController, ConsultationImportController],
  providers: [ExportService, ExportResolver, ImportService, ImportResolver, ConsultationImportService],
})
export class ExchangeModule {}
