import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ActionStatus, AssignmentStatus, BottleneckStatus } from '@grensportaal/shared-domain';
import { ActionStatusEnum, AssignmentStatusEnum, BottleneckStatusEnum } from '@api/core/graphql/shared-enums';
import { Theme } from '@api/modules/theme/theme.entity';

@ObjectType()
export class BottleneckStatusCount {
  @Field(() => BottleneckStatusEnum)
  status!: BottleneckStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ThemeCount {
  @Field(() => Theme, { nullable: true, description: 'Null: bottlenecks without a theme.' })
  theme!: Theme | null;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Of which not closed.' })
  open!: number;
}

@ObjectType()
export class ActionStatusCount {
  @Field(() => ActionStatusEnum)
  status!: ActionStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class AssignmentStatusCount {
  @Field(() => AssignmentStatusEnum)
  status!: AssignmentStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Figures of one agenda, counting only what the caller may see.' })
export class AgendaStatistics {
  @Field(() => Int)
  bottlenecks!: number;

  @Field(() => [BottleneckStatusCount], { description: 'Every status, in lifecycle order (zeros included).' })
  bottlenecksByStatus!: BottleneckStatusCount[];

  @Field(() => [ThemeCount], { description: "The agenda's themes in their order (zeros included), then bottlenecks without a theme if any." })
  bottlenecksByTheme!: ThemeCount[];

  @Field(() => Int)
  actions!: number;

  @Field(() => [ActionStatusCount], { description: 'Every status (zeros included).' })
  actionsByStatus!: ActionStatusCount[];

  @Field(() => Int, { description: 'Open actions past their due date.' })
  overdueActions!: number;

  @Field(() => Int, { description: 'Open actions without a progress report for 60 days.' })
  stalledActions!: number;

  @Field(() => [AssignmentStatusCount], { description: 'Questions to ministries per state (zeros included).' })
  questionsByStatus!: AssignmentStatusCount[];

  @Field(() => Int, { description: 'Questions awaiting an answer past their due date.' })
  overdueQuestions!: number;
}
