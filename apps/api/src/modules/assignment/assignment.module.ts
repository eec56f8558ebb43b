import { Module } from '@nestjs/common';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { UserModule } from '@api/modules/user/user.module';
import { AnswerResolver, AssignmentResolver, BottleneckAssignmentsResolver } from './assignment.resolver';
import { AssignmentService } from './assignment.service';

@Module({
  imports: [BottleneckModule, OrganisationModule, UserModule],
  providers: [AssignmentService, AssignmentResolver, AnswerResolver, BottleneckAssignmentsResolver],
  exports: [AssignmentService],
})
export class AssignmentModule {}
