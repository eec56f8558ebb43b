import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Action } from './action.entity';
import { ActionService } from './action.service';

/** A bottleneck's actions, resolved here so the bottleneck module need not know actions. */
@Resolver(() => Bottleneck)
export class BottleneckActionsResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => [Action], { description: 'The actions that address it, by due date.' })
  actions(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Promise<Action[]> {
    return this.actionService.ofBottleneck(ctx.loaders, b.id);
  }
}
