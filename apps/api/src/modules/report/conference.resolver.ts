import { Args, ArgsType, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Action } from '@api/modules/action/action.entity';
import { ActionService } from '@api/modules/action/action.service';
import { CodeField } from '@api/core/validation/fields';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Conference, ConferenceItem } from './conference.entity';
import { ConferenceService } from './conference.service';
import { AddConferenceItemInput, DecideConferenceItemInput, PlanConferenceInput, UpdateConferenceInput } from './dto/conference.input';

@ArgsType()
class ConferencesArgs {
  @CodeField({ optional: true, description: 'Only the conferences of this agenda.' }) agendaCode?: string | null;
}

@Resolver(() => Conference)
export class ConferenceResolver {
  constructor(
    private readonly service: ConferenceService,
    private readonly agendas: AgendaService,
  ) {}

  @Roles(...ROLES)
  @Query(() => Conference, { nullable: true, description: 'One conference; null when it does not exist or its agenda is not visible to the caller.' })
  conference(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<Conference | null> {
    return this.service.visible(ctx, id);
  }

  @Roles(...ROLES)
  @Query(() => [Conference], { description: "The conferences of an agenda (or of every agenda you read), latest first; empty for an agenda you may not read." })
  conferences(@Context() ctx: GraphQLContext, @Args() { agendaCode }: ConferencesArgs): Promise<Conference[]> {
    return this.service.list(ctx, agendaCode ?? null);
  }

  @Roles('secretariat')
  @Mutation(() => Conference, { description: 'Plans a conference of an agenda (secretariat).' })
  planConference(@Context() ctx: GraphQLContext, @Args('input') input: PlanConferenceInput): Promise<Conference> {
    return this.service.plan(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => Conference, { description: "Changes a conference's date, place, chair or status, e.g. to HELD once it took place (secretariat)." })
  updateConference(@Context() ctx: GraphQLContext, @Args('input') input: UpdateConferenceInput): Promise<Conference> {
    return this.service.update(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => ConferenceItem, { description: 'Puts a bottleneck or action of the agenda to a conference (secretariat).' })
  addConferenceItem(@Context() ctx: GraphQLContext, @Args('input') input: AddConferenceItemInput): Promise<ConferenceItem> {
    return this.service.addItem(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => Conference, { description: 'Takes an item off a conference (secretariat); answers the conference.' })
  removeConferenceItem(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<Conference> {
    return this.service.removeItem(ctx, id);
  }

  @Roles('secretariat')
  @Mutation(() => ConferenceItem, { description: 'Records what a held conference decided on an item: endorsed, adjusted or deferred, with a note (secretariat).' })
  decideConferenceItem(@Context() ctx: GraphQLContext, @Args('input') input: DecideConferenceItemInput): Promise<ConferenceItem> {
    return this.service.decide(ctx, input);
  }

  @ResolveField(() => Agenda, { description: 'The agenda whose conference it is.' })
  agenda(conference: Conference, _args: unknown, ctx: GraphQLContext): Promise<Agenda | null> {
    return this.agendas.loader(ctx.loaders).load(conference.agendaId);
  }

  @ResolveField(() => [ConferenceItem], { description: 'The items put to the conference, in order.' })
  items(conference: Conference): Promise<ConferenceItem[]> {
    return this.service.items(conference.id);
  }
}

@Resolver(() => ConferenceItem)
export class ConferenceItemResolver {
  constructor(
    private readonly bottlenecks: BottleneckService,
    private readonly actions: ActionService,
  ) {}

  @ResolveField(() => Bottleneck, { nullable: true, description: 'The bottleneck put to the conference (null for an action).' })
  bottleneck(item: ConferenceItem, _args: unknown, ctx: GraphQLContext): Promise<Bottleneck | null> | null {
    return item.bottleneckId ? this.bottlenecks.visible(ctx, item.bottleneckId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: "The bottleneck reference the item is known by (an action's: that of the first bottleneck it addresses); null when not visible." })
  async reference(item: ConferenceItem, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    const bottleneckId = item.bottleneckId ?? (await this.actions.bottleneckIds(ctx.loaders, item.actionId!))[0];
    return bottleneckId ? ((await this.bottlenecks.visible(ctx, bottleneckId))?.reference ?? null) : null;
  }

  @ResolveField(() => Action, { nullable: true, description: 'The action whose outcome is put to the conference (null for a bottleneck).' })
  action(item: ConferenceItem, _args: unknown, ctx: GraphQLContext): Promise<Action | null> | null {
    return item.actionId ? this.actions.visible(ctx, item.actionId) : null;
  }
}
