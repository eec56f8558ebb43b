import { Type } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { attachmentFilePath, EntityType, ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { AccessService } from '@api/core/auth/access.service';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Action } from '@api/modules/action/action.entity';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AuthoredResolver } from '@api/modules/user/authored.resolver';
import { UserService } from '@api/modules/user/user.service';
import { Attachment } from './attachment.entity';
import { AttachmentService } from './attachment.service';
import { RemoveAttachmentInput, RenameAttachmentInput } from './dto/attachment.inputs';

@Resolver(() => Attachment)
export class AttachmentResolver extends AuthoredResolver(Attachment) {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly access: AccessService,
    users: UserService,
    organisations: OrganisationService,
  ) {
    super(users, organisations);
  }

  @Roles(...ROLES)
  @Mutation(() => Attachment, { description: 'Changes the title, description or language of a document you attached (the secretariat and admins: any).' })
  renameAttachment(@Context() ctx: GraphQLContext, @Args('input') input: RenameAttachmentInput): Promise<Attachment> {
    return this.attachments.rename(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => Attachment, { description: 'Takes a document off its item; it stays stored for the audit until an admin purges it.' })
  removeAttachment(@Context() ctx: GraphQLContext, @Args('input') input: RemoveAttachmentInput): Promise<Attachment> {
    return this.attachments.remove(ctx, input);
  }

  @Roles('admin')
  @Mutation(() => Attachment, { description: 'Deletes the content of a removed document for good; its record and history stay.' })
  purgeAttachment(@Context() ctx: GraphQLContext, @Args('input') input: RemoveAttachmentInput): Promise<Attachment> {
    return this.attachments.purge(ctx, input);
  }

  @ResolveField(() => String, { description: 'Where to download it, with the bearer token (GET; `?disposition=inline` shows a PDF or image in the browser).' })
  downloadPath(@Parent() a: Attachment): string {
    return attachmentFilePath(a.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may download it now (scanned and clean, or not scanned and yours).' })
  canDownload(@Parent() a: Attachment, @Context() ctx: GraphQLContext): boolean {
    return this.attachments.canDownload(this.access.requireUser(ctx), a);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may rename and remove it.' })
  canChange(@Parent() a: Attachment, @Context() ctx: GraphQLContext): boolean {
    return !a.removedAt && this.attachments.canChange(this.access.requireUser(ctx), a);
  }
}

/** `attachments` on an item that carries documents, resolved here so the item modules need not know attachments. */
function AttachmentsFieldResolver<T extends { id: string }>(classRef: Type<T>, entityType: EntityType) {
  @Resolver(() => classRef)
  class AttachmentsFieldHost {
    constructor(readonly service: AttachmentService) {}

    @ResolveField(() => [Attachment], { description: 'Its documents, oldest first (removed ones are in the history).' })
    attachments(@Parent() item: T, @Context() ctx: GraphQLContext): Promise<Attachment[]> {
      return this.service.of(ctx.loaders, entityType, item.id);
    }
  }
  return AttachmentsFieldHost;
}

export const ATTACHMENTS_FIELD_RESOLVERS = [AttachmentsFieldResolver(Bottleneck, 'BOTTLENECK'), AttachmentsFieldResolver(Action, 'ACTION'), AttachmentsFieldResolver(Assignment, 'ASSIGNMENT')];
