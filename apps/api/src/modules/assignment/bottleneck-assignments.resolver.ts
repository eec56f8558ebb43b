import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Assignment } from './assignment.entity';
import { AssignmentService } from './assignment.service';

/** A bottleneck's questions to ministries, resolved here so the bottleneck module need not know them. */
@Resolver(() => Bottleneck)
export class BottleneckAssignmentsResolver {
  constructor(private readonly assignmentService: AssignmentService) {}

  @ResolveField(() => [Assignment], { description: 'The questions put to ministries about it, oldest first.' })
  assignments(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Promise<Assignment[]> {
    return this.assignmentService.ofBottleneck(ctx.loaders, b.id);
  }
}
