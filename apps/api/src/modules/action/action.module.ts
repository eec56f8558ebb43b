import { Module } from '@nestjs/common';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { UserModule } from '@api/modules/user/user.module';
import { ActionLifecycleService } from './action-lifecycle.service';
import { ActionProgressService } from './action-progress.service';
import { ActionResolver } from './action.resolver';
import { ActionService } from './action.service';
import { BottleneckActionsResolver } from './bottleneck-actions.resolver';
import { ProgressUpdateResolver } from './progress-update.resolver';

@Module({
  imports: [AgendaModule, BottleneckModule, OrganisationModule, UserModule],
  providers: [ActionService, ActionLifecycleService, ActionProgressService, ActionResolver, ProgressUpdateResolver, BottleneckActionsResolver],
  exports: [ActionService, ActionLifecycleService, ActionProgressService],
})
export class ActionModule {}
