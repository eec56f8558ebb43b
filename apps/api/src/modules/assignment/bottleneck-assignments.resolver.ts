import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Consultation } from '@api/modules/border-effects/consultation.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { Assignment } from './assignment.entity';
import { AssignmentService } from './assignment.service';

/** A bottleneck's questions to ministries, resolved here so the bottleneck module need not know them. */
@Resolver(() => Bottleneck)
export class BottleneckAssignmentsResolver {
  constructor(private readonly assignmentService: AssignmentService) {}

  @ResolveField(() => [Assignment], { description: 'The questions put to ministries about it, oldest first.' })
  assignments(b: Bottleneck, _args: unknown, ctx: GraphQLContext): Promise<Assignment[]> {
    return this.assignmentService.of(ctx.loaders, 'bottleneckId', b.id);
  }
}

/** A consultation's questions to its ministry (to confirm or complete the border-effects information). */
@Resolver(() => Consultation)
export class ConsultationAssignmentsResolver {
  constructor(private readonly assignmentService: AssignmentService) {}

  @ResolveField(() => [Assignment], { description: 'The questions put to ministries about it, oldest first.' })
  assignments(c: Consultation, _args: unknown, ctx: GraphQLContext): Promise<Assignment[]> {
    return this.assignmentService.of(ctx.loaders, 'consultationId', c.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may ask its ministry (or another) a question about it: the secretariat, at any time.' })
  canAsk(_c: Consultation, _args: unknown, ctx: GraphQLContext): boolean {
    return this.assignmentService.canAsk(ctx);
  }
}
