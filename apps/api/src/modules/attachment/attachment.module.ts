import { Module } from '@nestjs/common';
import { ItemModule } from '@api/modules/item/item.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { UserModule } from '@api/modules/user/user.module';
import { AttachmentController } from './attachment.controller';
import { ATTACHMENTS_FIELD_RESOLVERS, AttachmentResolver } from './attachment.resolver';
import { AttachmentService } from './attachment.service';

@Module({
  imports: [ItemModule, OrganisationModule, UserModule],
  controllers: [AttachmentController],
  providers: [AttachmentService, AttachmentResolver, ...ATTACHMENTS_FIELD_RESOLVERS],
  exports: [AttachmentService],
})
export class AttachmentModule {}
