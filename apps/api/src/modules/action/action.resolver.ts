import { Args, Context, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { selects } from '@api/core/graphql/selection';
import { LocalizedText, toLocalizedText } from '@api/core/text/localized-text.model';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AppUser } from '@api/modules/user/user.entity';
import { UserService } from '@api/modules/user/user.service';
import { Action } from './action.entity';
import { ActionConnection, AvailableActionTransition } from './action.models';
import { ActionLifecycleService } from './action-lifecycle.service';
import { ActionProgressService } from './action-progress.service';
import { ActionService } from './action.service';
import { ActionsArgs } from './dto/actions.args';
import { CreateActionInput } from './dto/create-action.input';
import { PostProgressInput } from './dto/post-progress.input';
import { RequestUpdateInput } from './dto/request-update.input';
import { TransitionActionInput } from './dto/transition-action.input';
import { UpdateActionInput } from './dto/update-action.input';
import { ProgressUpdate } from './progress-update.entity';

@Resolver(() => Action)
export class ActionResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly lifecycle: ActionLifecycleService,
    private readonly progress: ActionProgressService,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
  ) {}

  @Roles(...ROLES)
  @Query(() => Action, { nullable: true, description: 'An action by id; null when it does not exist or is not visible to the caller.' })
  action(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<Action | null> {
    return this.actionService.visible(ctx, id);
  }

  @Roles(...ROLES)
  @Query(() => ActionConnection, { description: 'The actions the caller may see, filtered, sorted and paged.' })
  actions(@Context() ctx: GraphQLContext, @Args() args: ActionsArgs, @Info() info: GraphQLResolveInfo) {
    return this.actionService.list(ctx, args, selects(info, 'totalCount'));
  }

  @Roles('partner', 'department', 'secretariat', 'commissioner')
  @Mutation(() => Action, { description: 'Proposes an action for one or more bottlenecks of an agenda.' })
  createAction(@Context() ctx: GraphQLContext, @Args('input') input: CreateActionInput): Promise<Action> {
    return this.lifecycle.create(ctx, input);
  }

  @Roles('partner', 'department', 'secretariat', 'commissioner')
  @Mutation(() => Action, { description: 'Changes an open action (owner, secretariat, steering commissioner; priority: the latter two).' })
  updateAction(@Context() ctx: GraphQLContext, @Args('input') input: UpdateActionInput): Promise<Action> {
    return this.lifecycle.update(ctx, input);
  }

  @Roles('partner', 'department', 'secretariat', 'commissioner')
  @Mutation(() => Action, { description: 'Moves an action one step (start, hold, resume, finish, cancel, reopen).' })
  transitionAction(@Context() ctx: GraphQLContext, @Args('input') input: TransitionActionInput): Promise<Action> {
    return this.lifecycle.transition(ctx, input);
  }

  @Roles('secretariat', 'commissioner')
  @Mutation(() => Action, { description: "Asks the owner for a progress report (secretariat, the agenda's steering commissioner)." })
  requestActionUpdate(@Context() ctx: GraphQLContext, @Args('input') input: RequestUpdateInput): Promise<Action> {
    return this.progress.requestUpdate(ctx, input);
  }

  @Roles('partner', 'department')
  @Mutation(() => Action, { description: 'Reports progress on an action your organisation owns.' })
  postProgress(@Context() ctx: GraphQLContext, @Args('input') input: PostProgressInput): Promise<Action> {
    return this.progress.post(ctx, input);
  }

  @ResolveField(() => LocalizedText)
  title(a: Action, _args: unknown, ctx: GraphQLContext): LocalizedText {
    return toLocalizedText(a.title, ctx.language);
  }

  @ResolveField(() => LocalizedText, { nullable: true })
  description(a: Action, _args: unknown, ctx: GraphQLContext): LocalizedText | null {
    return a.description ? toLocalizedText(a.description, ctx.language) : null;
  }

  @ResolveField(() => Agenda)
  async agenda(a: Action, _args: unknown, ctx: GraphQLContext): Promise<Agenda | null> {
    return this.agendas.loader(ctx.loaders).load(a.agendaId);
  }

  @ResolveField(() => Organisation)
  async ownerOrganisation(a: Action, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> {
    return this.organisations.loader(ctx.loaders).load(a.ownerOrganisationId);
  }

  @ResolveField(() => AppUser, { nullable: true, description: 'The person responsible, if named.' })
  ownerUser(a: Action, _args: unknown, ctx: GraphQLContext): Promise<AppUser | null> | null {
    return a.ownerUserId ? this.users.loader(ctx.loaders).load(a.ownerUserId) : null;
  }

  @ResolveField(() => AppUser, { nullable: true, description: 'Who last asked for an update (while it is pending).' })
  updateRequestedBy(a: Action, _args: unknown, ctx: GraphQLContext): Promise<AppUser | null> | null {
    return a.updateRequestedById ? this.users.loader(ctx.loaders).load(a.updateRequestedById) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may ask the owner for an update (secretariat, steering commissioner; open actions).' })
  canRequestUpdate(a: Action, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return this.actionService.canRequestUpdate(ctx, a);
  }

  @ResolveField(() => [Bottleneck], { description: 'The bottlenecks it addresses.' })
  bottlenecks(a: Action, _args: unknown, ctx: GraphQLContext): Promise<Bottleneck[]> {
    return this.actionService.addressedBottlenecks(ctx, a.id);
  }

  @ResolveField(() => [ProgressUpdate], { description: 'Progress reports, newest first.' })
  progressUpdates(a: Action, _args: unknown, ctx: GraphQLContext): Promise<ProgressUpdate[]> {
    return this.actionService.progressUpdates(ctx.loaders, a.id);
  }

  @ResolveField(() => Boolean, { description: 'Past its due date and not done or cancelled.' })
  overdue(a: Action): boolean {
    return this.actionService.isOverdue(a);
  }

  @ResolveField(() => Int, { description: 'Days until the due date (negative when past).' })
  daysUntilDue(a: Action): number {
    return this.actionService.daysUntilDue(a);
  }

  @ResolveField(() => Boolean, { description: 'Open, and no progress reported for 60 days.' })
  stalled(a: Action): boolean {
    return this.actionService.isStalled(a);
  }

  @ResolveField(() => [AvailableActionTransition])
  async availableTransitions(a: Action, _args: unknown, ctx: GraphQLContext): Promise<AvailableActionTransition[]> {
    return (await this.actionService.availableTransitions(ctx, a)).map((t) => ({ transition: t.name, to: t.to, needsReason: Boolean(t.needsReason) }));
  }

  @ResolveField(() => Boolean)
  canEdit(a: Action, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return this.actionService.canEdit(ctx, a);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may report progress (your organisation owns it and it is open).' })
  canPostProgress(a: Action, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return this.actionService.canPostProgress(ctx, a);
  }

}
