import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { LocalizedText, toLocalizedText } from '@api/core/text/localized-text.model';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { ConsultationLinkedBottleneck } from './border-effects.models';
import { Consultation } from './consultation.entity';
import { ConsultationFlag } from './consultation-flag.entity';
import { ConsultationService } from './consultation.service';
import { ConsultationConnection } from './consultation.models';
import { CreateConsultationInput, FlagConsultationInput, LinkConsultationInput, UpdateConsultationInput } from './dto/consultation.inputs';
import { ConsultationsArgs } from './dto/consultations.args';
import { ScreeningRound } from './screening-round.entity';
import { ScreeningRoundService } from './screening-round.service';

@Resolver(() => Consultation)
export class ConsultationResolver {
  constructor(
    private readonly service: ConsultationService,
    private readonly rounds: ScreeningRoundService,
    private readonly organisations: OrganisationService,
  ) {}

  @Roles(...ROLES)
  @Query(() => Consultation, { nullable: true })
  consultation(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<Consultation | null> {
    return this.service.visible(ctx, id);
  }

  @Roles(...ROLES)
  @Query(() => ConsultationConnection, { description: 'Screened consultations, the latest consultation period first.' })
  consultations(@Context() ctx: GraphQLContext, @Args() args: ConsultationsArgs): Promise<ConsultationConnection> {
    return this.service.list(ctx, args);
  }

  @Roles('secretariat')
  @Mutation(() => Consultation, { description: 'Records a consultation in an open screening round (secretariat).' })
  createConsultation(@Context() ctx: GraphQLContext, @Args('input') input: CreateConsultationInput): Promise<Consultation> {
    return this.service.create(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => Consultation, { description: 'Changes a consultation record while its round is open (secretariat).' })
  updateConsultation(@Context() ctx: GraphQLContext, @Args('input') input: UpdateConsultationInput): Promise<Consultation> {
    return this.service.update(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => Consultation, { description: 'Links a bottleneck the consultation touches or led to (secretariat).' })
  linkConsultationBottleneck(@Context() ctx: GraphQLContext, @Args('input') input: LinkConsultationInput): Promise<Consultation> {
    return this.service.link(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => Consultation, { description: 'Removes the link between a consultation and a bottleneck (secretariat).' })
  unlinkConsultationBottleneck(
    @Context() ctx: GraphQLContext,
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @Args('bottleneckId', { type: () => ID }) bottleneckId: string,
  ): Promise<Consultation> {
    return this.service.unlink(ctx, consultationId, bottleneckId);
  }

  @Roles('partner')
  @Mutation(() => Consultation, { description: "Flags a consultation as relevant to your organisation's border (partners)." })
  flagConsultation(@Context() ctx: GraphQLContext, @Args('input') input: FlagConsultationInput): Promise<Consultation> {
    return this.service.flag(ctx, input);
  }

  @Roles('partner')
  @Mutation(() => Consultation, { description: "Takes back your organisation's flag (partners)." })
  unflagConsultation(@Context() ctx: GraphQLContext, @Args('consultationId', { type: () => ID }) consultationId: string): Promise<Consultation> {
    return this.service.unflag(ctx, consultationId);
  }

  @ResolveField(() => LocalizedText)
  title(c: Consultation, _args: unknown, ctx: GraphQLContext): LocalizedText {
    return toLocalizedText(c.title, ctx.language);
  }

  @ResolveField(() => LocalizedText, { nullable: true, description: 'Why it is (or is not) border-relevant.' })
  relevanceReason(c: Consultation, _args: unknown, ctx: GraphQLContext): LocalizedText | null {
    return c.relevanceReason ? toLocalizedText(c.relevanceReason, ctx.language) : null;
  }

  @ResolveField(() => LocalizedText, { nullable: true, description: 'The border effects found.' })
  effects(c: Consultation, _args: unknown, ctx: GraphQLContext): LocalizedText | null {
    return c.effects ? toLocalizedText(c.effects, ctx.language) : null;
  }

  @ResolveField(() => LocalizedText, { nullable: true, description: "The programme's response to the consultation." })
  response(c: Consultation, _args: unknown, ctx: GraphQLContext): LocalizedText | null {
    return c.response ? toLocalizedText(c.response, ctx.language) : null;
  }

  @ResolveField(() => Organisation, { description: 'The responsible ministry.' })
  async ministry(c: Consultation, _args: unknown, ctx: GraphQLContext): Promise<Organisation> {
    return (await this.organisations.loader(ctx.loaders).load(c.ministryId))!;
  }

  @ResolveField(() => ScreeningRound)
  async round(c: Consultation, _args: unknown, ctx: GraphQLContext): Promise<ScreeningRound> {
    return (await this.rounds.loader(ctx.loaders).load(c.roundId))!;
  }

  @ResolveField(() => [ConsultationLinkedBottleneck], { description: 'The bottlenecks it touches or led to, of those you may read.' })
  bottlenecks(c: Consultation, _args: unknown, ctx: GraphQLContext): Promise<ConsultationLinkedBottleneck[]> {
    return this.service.links(ctx, c);
  }

  @ResolveField(() => [ConsultationFlag], { description: 'The partner organisations that flagged it as relevant to their border.' })
  flags(c: Consultation, _args: unknown, ctx: GraphQLContext): Promise<ConsultationFlag[]> {
    return this.service.flags(ctx, c);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may change the record now (the secretariat, while its round is open).' })
  async canEdit(c: Consultation, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    if (!this.service.canKeep(ctx)) return false;
    return (await this.rounds.loader(ctx.loaders).load(c.roundId))?.status === 'OPEN';
  }

  @ResolveField(() => Boolean, { description: 'Whether you may flag it for your organisation (partners).' })
  canFlag(_c: Consultation, _args: unknown, ctx: GraphQLContext): boolean {
    return this.service.canFlag(ctx);
  }
}

@Resolver(() => ConsultationFlag)
export class ConsultationFlagResolver {
  constructor(private readonly organisations: OrganisationService) {}

  @ResolveField(() => Organisation)
  async organisation(flag: ConsultationFlag, _args: unknown, ctx: GraphQLContext): Promise<Organisation> {
    return (await this.organisations.loader(ctx.loaders).load(flag.organisationId))!;
  }
}
