import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { AnswerScoreboard, DashboardArgs, ProgrammeDashboard } from './dashboard.models';
import { DashboardService } from './dashboard.service';

@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Roles(...ROLES)
  @Query(() => ProgrammeDashboard, { description: 'The programme in figures (quarters, time in each stage, actions per owner, the register by theme, type and area), within what you may read.' })
  programmeDashboard(@Context() ctx: GraphQLContext, @Args() args: DashboardArgs): Promise<ProgrammeDashboard> {
    return this.dashboards.dashboard(ctx, args.filter);
  }

  @Roles(...ROLES)
  @Query(() => AnswerScoreboard, { description: "The ministries' answers to the questions put to them: on time, how fast, returned, escalated, open and overdue, against the targets." })
  answerScoreboard(@Context() ctx: GraphQLContext, @Args() args: DashboardArgs): Promise<AnswerScoreboard> {
    return this.dashboards.scoreboard(ctx, args.filter);
  }
}
