import { Module } from '@nestjs/common';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { UserModule } from '@api/modules/user/user.module';
import { ActionResolver, BottleneckActionsResolver, ProgressUpdateResolver } from './action.resolver';
import { ActionService } from './action.service';

@Module({
  imports: [AgendaModule, BottleneckModule, OrganisationModule, UserModule],
  providers: [ActionService, ActionResolver, ProgressUpdateResolver, BottleneckActionsResolver],
  exports: [ActionService],
})
export class ActionModule {}
