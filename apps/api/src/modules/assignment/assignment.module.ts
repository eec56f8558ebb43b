import { Module } from '@nestjs/common';
import { BorderEffectsModule } from '@api/modules/border-effects/border-effects.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { UserModule } from '@api/modules/user/user.module';
import { AnswerResolver } from './answer.resolver';
import { AssignmentLifecycleService } from './assignment-lifecycle.service';
import { AssignmentResolver } from './assignment.resolver';
import { AssignmentService } from './assignment.service';
import { BottleneckAssignmentsResolver, ConsultationAssignmentsResolver } from './bottleneck-assignments.resolver';

@Module({
  imports: [BottleneckModule, BorderEffectsModule, OrganisationModule, UserModule],
  providers: [AssignmentService, AssignmentLifecycleService, AssignmentResolver, AnswerResolver, BottleneckAssignmentsResolver, ConsultationAssignmentsResolver],
  exports: [AssignmentService, AssignmentLifecycleService],
})
export class AssignmentModule {}
