import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { AccessService } from '@api/core/auth/access.service';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Action } from '@api/modules/action/action.entity';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AppUser } from '@api/modules/user/user.entity';
import { UserService } from '@api/modules/user/user.service';
import { Comment } from './comment.entity';
import { CommentService } from './comment.service';
import { AddCommentInput } from './dto/add-comment.input';
import { EditCommentInput } from './dto/edit-comment.input';

@Resolver(() => Comment)
export class CommentResolver {
  constructor(
    private readonly commentService: CommentService,
    private readonly access: AccessService,
    private readonly users: UserService,
    private readonly organisations: OrganisationService,
  ) {}

  @Roles(...ROLES)
  @Mutation(() => Comment, { description: 'Comments on a bottleneck, action or question you may read.' })
  addComment(@Context() ctx: GraphQLContext, @Args('input') input: AddCommentInput): Promise<Comment> {
    return this.commentService.add(ctx, input);
  }

  @Roles(...ROLES)
  @Mutation(() => Comment, { description: 'Changes your own comment.' })
  editComment(@Context() ctx: GraphQLContext, @Args('input') input: EditCommentInput): Promise<Comment> {
    return this.commentService.edit(ctx, input);
  }

  @ResolveField(() => AppUser, { nullable: true })
  author(c: Comment, _args: unknown, ctx: GraphQLContext): Promise<AppUser | null> | null {
    return c.authorId ? this.users.loader(ctx.loaders).load(c.authorId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(c: Comment, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> | null {
    return c.organisationId ? this.organisations.loader(ctx.loaders).load(c.organisationId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you wrote it (and so may change it).' })
  canEdit(c: Comment, _args: unknown, ctx: GraphQLContext): boolean {
    return c.authorId === this.access.requireUser(ctx).id;
  }
}

const LAST = { type: () => Int, nullable: true, description: 'Only the newest this many (at most 500), still oldest first.' };
const clampLast = (last: number | null | undefined): number | null => (last === null || last === undefined ? null : Math.max(1, Math.min(last, 500)));

/** The comments of each kind of item, resolved here so the item modules need not know comments. */
@Resolver(() => Bottleneck)
export class BottleneckCommentsResolver {
  constructor(private readonly commentService: CommentService) {}

  @ResolveField(() => [Comment], { description: 'Comments, oldest first.' })
  comments(@Parent() b: Bottleneck, @Context() ctx: GraphQLContext, @Args('last', LAST) last?: number | null): Promise<Comment[]> {
    return this.commentService.of(ctx.loaders, 'BOTTLENECK', b.id, clampLast(last));
  }
}

@Resolver(() => Action)
export class ActionCommentsResolver {
  constructor(private readonly commentService: CommentService) {}

  @ResolveField(() => [Comment], { description: 'Comments, oldest first.' })
  comments(@Parent() a: Action, @Context() ctx: GraphQLContext, @Args('last', LAST) last?: number | null): Promise<Comment[]> {
    return this.commentService.of(ctx.loaders, 'ACTION', a.id, clampLast(last));
  }
}

@Resolver(() => Assignment)
export class AssignmentCommentsResolver {
  constructor(private readonly commentService: CommentService) {}

  @ResolveField(() => [Comment], { description: 'Comments, oldest first.' })
  comments(@Parent() a: Assignment, @Context() ctx: GraphQLContext, @Args('last', LAST) last?: number | null): Promise<Comment[]> {
    return this.commentService.of(ctx.loaders, 'ASSIGNMENT', a.id, clampLast(last));
  }
}
