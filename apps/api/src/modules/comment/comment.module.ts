import { Module } from '@nestjs/common';
import { ActionModule } from '@api/modules/action/action.module';
import { AssignmentModule } from '@api/modules/assignment/assignment.module';
import { BottleneckModule } from '@api/modules/bottleneck/bottleneck.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { UserModule } from '@api/modules/user/user.module';
import { COMMENTS_FIELD_RESOLVERS, CommentResolver } from './comment.resolver';
import { CommentService } from './comment.service';

@Module({
  imports: [BottleneckModule, ActionModule, AssignmentModule, OrganisationModule, UserModule],
  providers: [CommentService, CommentResolver, ...COMMENTS_FIELD_RESOLVERS],
  exports: [CommentService],
})
export class CommentModule {}
