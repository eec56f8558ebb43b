import { Field, ObjectType } from '@nestjs/graphql';
import { ActionStatus, ActionTransitionName } from '@grensportaal/shared-domain';
import { ActionStatusEnum, ActionTransitionEnum } from '@api/core/graphql/shared-enums';
import { Connection } from '@api/core/pagination/connection';
import { Action } from './action.entity';

@ObjectType()
export class ActionConnection extends Connection(Action, 'Action') {}

@ObjectType('AvailableActionTransition', { description: 'A step the caller may take now on an action.' })
export class AvailableActionTransition {
  @Field(() => ActionTransitionEnum)
  transition!: ActionTransitionName;

  @Field(() => ActionStatusEnum)
  to!: ActionStatus;

  @Field()
  needsReason!: boolean;
}
