import { Field, ObjectType } from '@nestjs/graphql';
import { AssignmentStatus, AssignmentTransitionName } from '@grensportaal/shared-domain';
import { AssignmentStatusEnum, AssignmentTransitionEnum } from '@api/core/graphql/shared-enums';
import { Connection } from '@api/core/pagination/connection';
import { Assignment } from './assignment.entity';

@ObjectType()
export class AssignmentConnection extends Connection(Assignment, 'Assignment') {}

@ObjectType('AvailableAssignmentTransition', { description: 'A step the caller may take now on a question.' })
export class AvailableAssignmentTransition {
  @Field(() => AssignmentTransitionEnum)
  transition!: AssignmentTransitionName;

  @Field(() => AssignmentStatusEnum)
  to!: AssignmentStatus;

  @Field()
  needsReason!: boolean;
}
