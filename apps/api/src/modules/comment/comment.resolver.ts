import { Type } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityType, mentionedUsernames, ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { AccessService } from '@api/core/auth/access.service';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Action } from '@api/modules/action/action.entity';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { Consultation } from '@api/modules/border-effects/consultation.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AuthoredResolver } from '@api/modules/user/authored.resolver';
import { AppUser } from '@api/modules/user/user.entity';
import { UserService } from '@api/modules/user/user.service';
import { Comment } from './comment.entity';
import { CommentService } from './comment.service';
import { AddCommentInput } from './dto/add-comment.input';
import { EditCommentInput } from './dto/edit-comment.input';

@Resolver(() => Comment)
export class CommentResolver extends AuthoredResolver(Comment) {
  constructor(
    private readonly commentService: CommentService,
    private readonly access: AccessService,
    users: UserService,
    organisations: OrganisationService,
  ) {
    super(users, organisations);
  }

  @Roles(...ROLES)
  @Mutation(() => Comment, { description: 'Comments on a bottleneck, action, question or consultation you may read.' })
  addComment(@Context() ctx: GraphQLContext, @Args('input') input: AddCommentInput): Promise<Comment> {
    return this.commentService.add(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => Comment, { description: 'Changes your own comment.' })
  editComment(@Context() ctx: GraphQLContext, @Args('input') input: EditCommentInput): Promise<Comment> {
    return this.commentService.edit(ctx, input);
  }

  @ResolveField(() => [AppUser], { description: 'The people it mentions with @username (unknown names left out), in the order of the text.' })
  async mentioned(c: Comment, _args: unknown, ctx: GraphQLContext): Promise<AppUser[]> {
    const usernames = mentionedUsernames(c.body);
    if (!usernames.length) return [];
    const people = await Promise.all(usernames.map((n) => this.users.byUsername(ctx.loaders).load(n)));
    return people.filter((p): p is AppUser => p !== null);
  }

  @ResolveField(() => Boolean, { description: 'Whether you wrote it (and so may change it).' })
  canEdit(c: Comment, _args: unknown, ctx: GraphQLContext): boolean {
    return c.authorId === this.access.requireUser(ctx).id;
  }
}

const LAST = { type: () => Int, nullable: true, description: 'Only the newest this many (at most 500), still oldest first.' };
const clampLast = (last: number | null | undefined): number | null => (last === null || last === undefined ? null : Math.max(1, Math.min(last, 500)));

/** `comments` on a commentable item, resolved here so the item modules need not know comments. */
function CommentsFieldResolver<T extends { id: string }>(classRef: Type<T>, entityType: EntityType) {
  @Resolver(() => classRef)
  class CommentsFieldHost {
    constructor(readonly commentService: CommentService) {}

    @ResolveField(() => [Comment], { description: 'Comments, oldest first.' })
    comments(@Parent() item: T, @Context() ctx: GraphQLContext, @Args('last', LAST) last?: number | null): Promise<Comment[]> {
      return this.commentService.of(ctx.loaders, entityType, item.id, clampLast(last));
    }
  }
  return CommentsFieldHost;
}

export const COMMENTS_FIELD_RESOLVERS = [
  CommentsFieldResolver(Bottleneck, 'BOTTLENECK'),
  CommentsFieldResolver(Action, 'ACTION'),
  CommentsFieldResolver(Assignment, 'ASSIGNMENT'),
  CommentsFieldResolver(Consultation, 'CONSULTATION'),
];
