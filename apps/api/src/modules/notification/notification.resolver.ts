import { Type } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { itemPath, ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { ItemNotFoundException } from '@api/core/versioning/conflict.exception';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Action } from '@api/modules/action/action.entity';
import { ActionService } from '@api/modules/action/action.service';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { AssignmentService } from '@api/modules/assignment/assignment.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Me } from '@api/modules/user/me.model';
import { EmailPreference } from '@api/modules/user/user.entity';
import { EmailPreferenceArgs, EmailPreferenceEnum, FollowableType, MarkNotificationsReadArgs, NotificationsArgs, SetFollowingArgs } from './dto/notifications.args';
import { QuotedText, quoteOf } from './dto/quoted-text.model';
import { FollowService } from './follow.service';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Roles(...ROLES)
  @Query(() => [Notification], { description: 'Your notifications, newest first.' })
  notifications(@Context() ctx: GraphQLContext, @Args() args: NotificationsArgs): Promise<Notification[]> {
    return this.service.list(ctx, args.first, args.unreadOnly);
  }

  @Roles(...ROLES)
  @Query(() => Int, { description: 'How many of your notifications you have not read.' })
  unreadNotificationCount(@Context() ctx: GraphQLContext): Promise<number> {
    return this.service.unreadCount(ctx);
  }

  @Roles(...ROLES)
  @Mutation(() => Int, { description: 'Marks some of your notifications as read; returns how many were unread.' })
  markNotificationsRead(@Context() ctx: GraphQLContext, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead(ctx, args.ids);
  }

  @Roles(...ROLES)
  @Mutation(() => Int, { description: 'Marks all your notifications as read; returns how many were unread.' })
  markAllNotificationsRead(@Context() ctx: GraphQLContext): Promise<number> {
    return this.service.markRead(ctx, null);
  }

  @ResolveField(() => String, { description: 'What happened, in your language.' })
  message(n: Notification, _args: unknown, ctx: GraphQLContext): string {
    return this.service.message(n, ctx.language);
  }

  @ResolveField(() => QuotedText, { nullable: true, description: 'The text the message quotes (a title, a question) in the language it was written in, so it can be marked as such.' })
  quote(n: Notification): QuotedText | null {
    return quoteOf(n.params);
  }

  @ResolveField(() => Boolean)
  read(n: Notification): boolean {
    return n.readAt !== null;
  }

  @ResolveField(() => String, { description: 'Where it leads in the web app: the page of the item.' })
  path(n: Notification): string {
    return itemPath(n);
  }
}

@Resolver(() => Me)
export class MeNotificationResolver {
  constructor(private readonly follows: FollowService) {}

  @ResolveField(() => EmailPreferenceEnum, { description: 'How notifications reach you by e-mail.' })
  emailPreference(me: Me): Promise<EmailPreference> {
    return this.follows.emailPreference(me.id);
  }

  @Roles(...ROLES)
  @Mutation(() => Me, { description: 'Chooses how notifications reach you by e-mail: at once, a daily digest at 07:00, or not.' })
  async setEmailPreference(@Context() ctx: GraphQLContext, @Args() args: EmailPreferenceArgs): Promise<Me> {
    return this.follows.setEmailPreference(ctx, args.preference);
  }
}

@Resolver()
export class FollowResolver {
  constructor(
    private readonly follows: FollowService,
    private readonly bottlenecks: BottleneckService,
    private readonly actions: ActionService,
    private readonly assignments: AssignmentService,
  ) {}

  @Roles(...ROLES)
  @Mutation(() => Boolean, { description: 'Follow (or stop following) a bottleneck, action or question you may read: you hear of its status changes. Returns whether you now follow it.' })
  async setFollowing(@Context() ctx: GraphQLContext, @Args() args: SetFollowingArgs): Promise<boolean> {
    const item =
      args.entityType === 'BOTTLENECK'
        ? await this.bottlenecks.visible(ctx, args.id)
        : args.entityType === 'ACTION'
          ? await this.actions.visible(ctx, args.id)
          : await this.assignments.visible(ctx, args.id);
    if (!item) throw new ItemNotFoundException(args.entityType === 'ASSIGNMENT' ? 'Assignment' : args.entityType === 'ACTION' ? 'Action' : 'Bottleneck');
    return this.follows.setFollowing(ctx, args.entityType, item.id, args.following);
  }
}

/** `followed` on a followable type: whether the caller follows the item (they then hear of its status changes). */
function FollowedResolver<T extends { id: string }>(classRef: Type<T>, entityType: FollowableType) {
  @Resolver(() => classRef)
  class FollowedResolverHost {
    constructor(readonly follows: FollowService) {}

    @ResolveField(() => Boolean, { description: 'Whether you follow it (you then hear of its status changes).' })
    followed(item: T, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
      return this.follows.follows(ctx, entityType, item.id);
    }
  }
  return FollowedResolverHost;
}

export const BottleneckFollowResolver = FollowedResolver(Bottleneck, 'BOTTLENECK');
export const ActionFollowResolver = FollowedResolver(Action, 'ACTION');
export const AssignmentFollowResolver = FollowedResolver(Assignment, 'ASSIGNMENT');
