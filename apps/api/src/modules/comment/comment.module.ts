import { Module } from '@nestjs/common';
import { ItemModule } from '@api/modules/item/item.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { UserModule } from '@api/modules/user/user.module';
import { COMMENTS_FIELD_RESOLVERS, CommentResolver } from './comment.resolver';
import { CommentService } from './comment.service';

@Module({
  imports: [ItemModule, OrganisationModule, UserModule],
  providers: [CommentService, CommentResolver, ...COMMENTS_FIELD_RESOLVERS],
  exports: [CommentService],
})
export class CommentModule {}
