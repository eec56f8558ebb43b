import { Args, Context, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { selects } from '@api/core/graphql/selection';
import { LocalizedText, toLocalizedText } from '@api/core/text/localized-text.model';
import { Consultation } from '@api/modules/border-effects/consultation.entity';
import { ConsultationService } from '@api/modules/border-effects/consultation.service';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { BottleneckService } from '@api/modules/bottleneck/bottleneck.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AppUser } from '@api/modules/user/user.entity';
import { UserService } from '@api/modules/user/user.service';
import { Answer } from './answer.entity';
import { Assignment } from './assignment.entity';
import { AssignmentConnection, AvailableAssignmentTransition } from './assignment.models';
import { AssignmentLifecycleService } from './assignment-lifecycle.service';
import { AssignmentService } from './assignment.service';
import { AnswerAssignmentInput } from './dto/answer-assignment.input';
import { AssignmentsArgs } from './dto/assignments.args';
import { CreateAssignmentInput } from './dto/create-assignment.input';
import { TransitionAssignmentInput } from './dto/transition-assignment.input';

@Resolver(() => Assignment)
export class AssignmentResolver {
  constructor(
    private readonly assignmentService: AssignmentService,
    private readonly lifecycle: AssignmentLifecycleService,
    private readonly bottleneckService: BottleneckService,
    private readonly consultations: ConsultationService,
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
  ) {}

  @Roles(...ROLES)
  @Query(() => Assignment, { nullable: true, description: 'A question to a ministry by id; null when not visible.' })
  assignment(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<Assignment | null> {
    return this.assignmentService.visible(ctx, id);
  }

  @Roles(...ROLES)
  @Query(() => AssignmentConnection, { description: 'Questions to ministries the caller may see (a ministry inbox: filter by its code).' })
  assignments(@Context() ctx: GraphQLContext, @Args() args: AssignmentsArgs, @Info() info: GraphQLResolveInfo) {
    return this.assignmentService.list(ctx, args, selects(info, 'totalCount'));
  }

  @Roles('secretariat')
  @Mutation(() => Assignment, { description: 'Puts a question about a bottleneck or a screened consultation to a ministry (due in four weeks unless given).' })
  createAssignment(@Context() ctx: GraphQLContext, @Args('input') input: CreateAssignmentInput): Promise<Assignment> {
    return this.lifecycle.create(ctx, input);
  }

  @Roles('department')
  @Mutation(() => Assignment, { description: "Answers a question put to your ministry (again, after it was returned)." })
  answerAssignment(@Context() ctx: GraphQLContext, @Args('input') input: AnswerAssignmentInput): Promise<Assignment> {
    return this.lifecycle.answer(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => Assignment, { description: 'Accepts or returns the answer, or withdraws the question.' })
  transitionAssignment(@Context() ctx: GraphQLContext, @Args('input') input: TransitionAssignmentInput): Promise<Assignment> {
    return this.lifecycle.transition(ctx, input);
  }

  @ResolveField(() => LocalizedText)
  question(a: Assignment, _args: unknown, ctx: GraphQLContext): LocalizedText {
    return toLocalizedText(a.question, ctx.language);
  }

  @ResolveField(() => Bottleneck, { nullable: true, description: 'The bottleneck it is about; null when it is about a consultation.' })
  bottleneck(a: Assignment, _args: unknown, ctx: GraphQLContext): Promise<Bottleneck | null> | null {
    return a.bottleneckId ? this.bottleneckService.visible(ctx, a.bottleneckId) : null;
  }

  @ResolveField(() => Consultation, { nullable: true, description: 'The screened consultation it is about; null when it is about a bottleneck.' })
  consultation(a: Assignment, _args: unknown, ctx: GraphQLContext): Promise<Consultation | null> | null {
    return a.consultationId ? this.consultations.visible(ctx, a.consultationId) : null;
  }

  @ResolveField(() => Organisation)
  ministry(a: Assignment, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> {
    return this.organisations.loader(ctx.loaders).load(a.ministryId);
  }

  @ResolveField(() => AppUser, { nullable: true })
  askedBy(a: Assignment, _args: unknown, ctx: GraphQLContext): Promise<AppUser | null> | null {
    return a.askedById ? this.users.loader(ctx.loaders).load(a.askedById) : null;
  }

  @ResolveField(() => [Answer], { description: 'Every answer, oldest first (returned ones included).' })
  answers(a: Assignment, _args: unknown, ctx: GraphQLContext): Promise<Answer[]> {
    return this.assignmentService.answers(ctx.loaders, a.id);
  }

  @ResolveField(() => Boolean, { description: 'Awaiting an answer past the due date.' })
  overdue(a: Assignment): boolean {
    return this.assignmentService.isOverdue(a);
  }

  @ResolveField(() => Int)
  daysUntilDue(a: Assignment): number {
    return this.assignmentService.daysUntilDue(a);
  }

  @ResolveField(() => [AvailableAssignmentTransition])
  availableTransitions(a: Assignment, _args: unknown, ctx: GraphQLContext): AvailableAssignmentTransition[] {
    return this.assignmentService.availableTransitions(ctx, a).map((t) => ({ transition: t.name, to: t.to, needsReason: Boolean(t.needsReason) }));
  }

}
