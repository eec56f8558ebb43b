import { Type } from '@nestjs/common';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityType } from '@grensportaal/shared-domain';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { HistoryEntry } from '@api/core/history/history-entry.entity';
import { HistoryService } from '@api/core/history/history.service';
import { Action } from '@api/modules/action/action.entity';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { Assignment } from '@api/modules/assignment/assignment.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Consultation } from '@api/modules/border-effects/consultation.entity';
import { ScreeningRound } from '@api/modules/border-effects/screening-round.entity';

/** `history` on an item that keeps one: every change, newest first, read as the caller may read it (HistoryEntryResolver). */
function HistoryFieldResolver<T extends { id: string }>(classRef: Type<T>, entityType: EntityType, description: string) {
  @Resolver(() => classRef)
  class HistoryFieldHost {
    constructor(readonly historyService: HistoryService) {}

    @ResolveField(() => [HistoryEntry], { description })
    history(@Parent() item: T, @Context() ctx: GraphQLContext, @Args('limit', { type: () => Int, defaultValue: 50, description: 'At most 500.' }) limit: number): Promise<HistoryEntry[]> {
      return this.historyService.of(ctx.loaders, entityType, item.id, Math.max(1, Math.min(limit, 500)));
    }
  }
  return HistoryFieldHost;
}

export const HISTORY_FIELD_RESOLVERS = [
  HistoryFieldResolver(Bottleneck, 'BOTTLENECK', 'Every change, newest first.'),
  HistoryFieldResolver(Action, 'ACTION', 'Every change, newest first.'),
  HistoryFieldResolver(Assignment, 'ASSIGNMENT', 'Every change, newest first.'),
  HistoryFieldResolver(Agenda, 'AGENDA', 'Changes to its partners and themes, newest first.'),
  HistoryFieldResolver(ScreeningRound, 'SCREENING_ROUND', 'Opened, closed and reopened, newest first.'),
  HistoryFieldResolver(Consultation, 'CONSULTATION', 'Every change, newest first.'),
];
