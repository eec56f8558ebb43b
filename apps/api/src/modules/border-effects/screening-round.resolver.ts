import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES, screeningRoundCode } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { BorderEffectsFigures } from './border-effects.models';
import { BorderEffectsFiguresService } from './border-effects-figures.service';
import { OpenScreeningRoundInput, ScreeningRoundChangeInput } from './dto/screening.inputs';
import { ScreeningRound } from './screening-round.entity';
import { ScreeningRoundService } from './screening-round.service';

@Resolver(() => ScreeningRound)
export class ScreeningRoundResolver {
  constructor(
    private readonly service: ScreeningRoundService,
    private readonly figuresService: BorderEffectsFiguresService,
  ) {}

  @Roles(...ROLES)
  @Query(() => [ScreeningRound], { description: 'The screening rounds of internet consultations, the latest half-year first.' })
  screeningRounds(@Context() ctx: GraphQLContext): Promise<ScreeningRound[]> {
    return this.service.list(ctx);
  }

  @Roles(...ROLES)
  @Query(() => ScreeningRound, { nullable: true })
  screeningRound(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<ScreeningRound | null> {
    return this.service.visible(ctx, id);
  }

  @Roles(...ROLES)
  @Query(() => BorderEffectsFigures, { description: 'The screening in figures per round and per year, in total and per ministry (all years, or one).' })
  borderEffectsFigures(@Context() ctx: GraphQLContext, @Args('year', { type: () => Int, nullable: true }) year: number | null): Promise<BorderEffectsFigures> {
    return this.figuresService.figures(ctx, year ?? null);
  }

  @Roles('secretariat')
  @Mutation(() => ScreeningRound, { description: 'Opens the screening round of a half-year (secretariat).' })
  openScreeningRound(@Context() ctx: GraphQLContext, @Args('input') input: OpenScreeningRoundInput): Promise<ScreeningRound> {
    return this.service.open(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => ScreeningRound, { description: 'Closes a round once every consultation in it is screened (secretariat).' })
  closeScreeningRound(@Context() ctx: GraphQLContext, @Args('input') input: ScreeningRoundChangeInput): Promise<ScreeningRound> {
    return this.service.close(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => ScreeningRound, { description: 'Reopens a closed round to correct it (secretariat).' })
  reopenScreeningRound(@Context() ctx: GraphQLContext, @Args('input') input: ScreeningRoundChangeInput): Promise<ScreeningRound> {
    return this.service.reopen(ctx, input);
  }

  @ResolveField(() => String, { description: 'How the round is known, e.g. 2026-H1.' })
  code(round: ScreeningRound): string {
    return screeningRoundCode(round.year, round.half);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may close or reopen it and record its consultations.' })
  canKeep(_round: ScreeningRound, _args: unknown, ctx: GraphQLContext): boolean {
    return this.service.canKeep(ctx);
  }
}
