import { Args, Context, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { mapNow } from '@api/core/dataloader/loader-registry';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { selects, selectsOnlyOnNodes, selectsOnNodes } from '@api/core/graphql/selection';
import { LocalizedText, toLocalizedText } from '@api/core/text/localized-text.model';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Theme } from '@api/modules/theme/theme.entity';
import { ThemeService } from '@api/modules/theme/theme.service';
import { AppUser } from '@api/modules/user/user.entity';
import { UserService } from '@api/modules/user/user.service';
import { Bottleneck } from './bottleneck.entity';
import { AvailableTransition, BottleneckConnection, LinkBottlenecksInput, LinkDirection, LinkedBottleneck, ProgressRollup } from './bottleneck.models';
import { LEAN_LIST_FIELDS } from './bottleneck-list.query';
import { BottleneckLifecycleService } from './bottleneck-lifecycle.service';
import { BottleneckLinksService } from './bottleneck-links.service';
import { BottleneckService } from './bottleneck.service';
import { BottlenecksArgs } from './dto/bottlenecks.args';
import { CreateBottleneckInput } from './dto/create-bottleneck.input';
import { TransitionBottleneckInput } from './dto/transition-bottleneck.input';
import { UpdateBottleneckInput } from './dto/update-bottleneck.input';

@Resolver(() => Bottleneck)
export class BottleneckResolver {
  constructor(
    private readonly bottleneckService: BottleneckService,
    private readonly lifecycle: BottleneckLifecycleService,
    private readonly linkService: BottleneckLinksService,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationService,
    private readonly themes: ThemeService,
    private readonly users: UserService,
  ) {}

  @Roles(...ROLES)
  @Query(() => Bottleneck, { nullable: true, description: 'A bottleneck by id; null when it does not exist or is not visible to the caller.' })
  bottleneck(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<Bottleneck | null> {
    return this.bottleneckService.visible(ctx, id);
  }

  @Roles(...ROLES)
  @Query(() => Bottleneck, { nullable: true, description: 'A bottleneck by its reference, e.g. NRW-2026-017.' })
  bottleneckByReference(@Context() ctx: GraphQLContext, @Args('reference') reference: string): Promise<Bottleneck | null> {
    return this.bottleneckService.byReference(ctx, reference.slice(0, 30));
  }

  @Roles(...ROLES)
  @Query(() => BottleneckConnection, { description: 'The bottlenecks the caller may see, filtered, sorted and paged.' })
  bottlenecks(@Context() ctx: GraphQLContext, @Args() args: BottlenecksArgs, @Info() info: GraphQLResolveInfo) {
    return this.bottleneckService.list(ctx, args, {
      withCount: selects(info, 'totalCount'),
      lean: selectsOnlyOnNodes(info, LEAN_LIST_FIELDS),
      organisation: selectsOnNodes(info, ['reportingOrganisation']),
      theme: selectsOnNodes(info, ['theme']),
      stats: selectsOnNodes(info, ['progress', 'commentCount']),
    });
  }

  @Roles('partner', 'secretariat')
  @Mutation(() => Bottleneck, { description: 'Logs a bottleneck for your organisation: a draft, or submitted at once.' })
  createBottleneck(@Context() ctx: GraphQLContext, @Args('input') input: CreateBottleneckInput): Promise<Bottleneck> {
    return this.lifecycle.create(ctx, input);
  }

  @Roles('partner', 'secretariat')
  @Mutation(() => Bottleneck, { description: 'Changes the content (reporter while draft or submitted; secretariat until closed).' })
  updateBottleneck(@Context() ctx: GraphQLContext, @Args('input') input: UpdateBottleneckInput): Promise<Bottleneck> {
    return this.lifecycle.update(ctx, input);
  }

  @Roles('partner', 'secretariat', 'commissioner')
  @Mutation(() => Bottleneck, { description: 'Moves a bottleneck one step in its lifecycle.' })
  transitionBottleneck(@Context() ctx: GraphQLContext, @Args('input') input: TransitionBottleneckInput): Promise<Bottleneck> {
    return this.lifecycle.transition(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => Bottleneck, { description: 'Links a bottleneck to another (related, duplicate, same obstacle at another border).' })
  linkBottlenecks(@Context() ctx: GraphQLContext, @Args('input') input: LinkBottlenecksInput): Promise<Bottleneck> {
    return this.linkService.link(ctx, input.id, input.targetId, input.linkType);
  }

  @Roles('secretariat')
  @Mutation(() => Bottleneck, { description: 'Removes a link between bottlenecks.' })
  unlinkBottlenecks(@Context() ctx: GraphQLContext, @Args('linkId', { type: () => ID }) linkId: string): Promise<Bottleneck> {
    return this.linkService.unlink(ctx, linkId);
  }

  @ResolveField(() => LocalizedText)
  title(b: Bottleneck, _args: unknown, ctx: GraphQLContext): LocalizedText {
    return toLocalizedText(b.title, ctx.language);
  }

  @ResolveField(() => LocalizedText, { nullable: true, description: 'The cross-border situation and the problem.' })
  description(b: Bottleneck, _args: unknown, ctx: GraphQLContext): LocalizedText | null {
    return b.description ? toLocalizedText(b.description, ctx.language) : null;
  }

  @ResolveField(() => LocalizedText, { nullable: true, description: 'Why it must be solved.' })
  whyToSolve(b: Bottleneck, _args: unknown, ctx: GraphQLContext): LocalizedText | null {
    return b.whyToSolve ? toLocalizedText(b.whyToSolve, ctx.language) : null;
  }

  @ResolveField(() => LocalizedText, { nullable: true, description: 'Its impact on the region, where known.' })
  impact(b: Bottleneck, _args: unknown, ctx: GraphQLContext): LocalizedText | null {
    return b.impact ? toLocalizedText(b.impact, ctx.language) : null;
  }

  @ResolveField(() => Agenda)
  async agenda(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Promise<Agenda> {
    return this.bottleneckService.agendaOf(ctx, b);
  }

  @ResolveField(() => Theme, { nullable: true })
  theme(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Theme | null | Promise<Theme | null> {
    return b.themeId ? this.themes.loader(ctx.loaders).now(b.themeId) : null;
  }

  @ResolveField(() => Organisation)
  reportingOrganisation(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Organisation | null | Promise<Organisation | null> {
    return this.organisations.loader(ctx.loaders).now(b.reportingOrganisationId);
  }

  @ResolveField(() => AppUser, { nullable: true })
  createdBy(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Promise<AppUser | null> | null {
    return b.createdById ? this.users.loader(ctx.loaders).load(b.createdById) : null;
  }

  @ResolveField(() => Bottleneck, { nullable: true })
  duplicateOf(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Promise<Bottleneck | null> | null {
    return b.duplicateOfId ? this.bottleneckService.visible(ctx, b.duplicateOfId) : null;
  }

  @ResolveField(() => [LinkedBottleneck], { description: 'Links to and from other bottlenecks you may see.' })
  async links(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Promise<LinkedBottleneck[]> {
    const links = await this.linkService.of(ctx, b.id);
    return links.map(({ link, other, outgoing }) => ({ id: link.id, type: link.type, direction: outgoing ? LinkDirection.OUTGOING : LinkDirection.INCOMING, bottleneck: other }));
  }

  @ResolveField(() => ProgressRollup)
  progress(b: Bottleneck, _args: unknown, ctx: GraphQLContext): ProgressRollup | Promise<ProgressRollup> {
    return mapNow(this.bottleneckService.statsLoader(ctx.loaders).now(b.id), (stats) => ({ average: stats.progressAverage, actionCount: stats.actionCount }));
  }

  @ResolveField(() => Int)
  commentCount(b: Bottleneck, _args: unknown, ctx: GraphQLContext): number | Promise<number> {
    return mapNow(this.bottleneckService.statsLoader(ctx.loaders).now(b.id), (stats) => stats.commentCount);
  }

  @ResolveField(() => [AvailableTransition], { description: 'The steps you may take now.' })
  async availableTransitions(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Promise<AvailableTransition[]> {
    const transitions = await this.bottleneckService.availableTransitions(ctx, b);
    return transitions.map((t) => ({ transition: t.name, to: t.to, outcomes: [...(t.outcomes ?? [])], needsReason: Boolean(t.needsReason) }));
  }

  @ResolveField(() => Boolean, { description: 'Whether you may change its content now.' })
  canEdit(b: Bottleneck, _args: unknown, ctx: GraphQLContext): boolean {
    return this.bottleneckService.canEdit(ctx, b);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may propose an action for it now.' })
  canProposeAction(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return this.bottleneckService.canProposeAction(ctx, b);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may put a question about it to a ministry now.' })
  canAskQuestion(b: Bottleneck, _args: unknown, ctx: GraphQLContext): boolean {
    return this.bottleneckService.canAskQuestion(ctx, b);
  }

}
