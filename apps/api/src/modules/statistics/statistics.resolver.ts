import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaStatistics } from './statistics.models';
import { StatisticsService } from './statistics.service';

@Resolver(() => Agenda)
export class StatisticsResolver {
  constructor(private readonly statisticsService: StatisticsService) {}

  @ResolveField(() => AgendaStatistics, { description: 'Counts by status and theme, of what you may see.' })
  statistics(agenda: Agenda, _args: unknown, ctx: GraphQLContext): Promise<AgendaStatistics> {
    return this.statisticsService.of(ctx, agenda.id);
  }
}
