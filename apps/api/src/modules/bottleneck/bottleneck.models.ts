import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BottleneckLinkType, BottleneckOutcome, BottleneckStatus, BottleneckTransitionName } from '@grensportaal/shared-domain';
import { BottleneckLinkTypeEnum, BottleneckOutcomeEnum, BottleneckStatusEnum, BottleneckTransitionEnum } from '@api/core/graphql/shared-enums';
import { Connection } from '@api/core/pagination/connection';
import { Id, OneOf } from '@api/core/validation/rules';
import { Bottleneck } from './bottleneck.entity';

@ObjectType()
export class BottleneckConnection extends Connection(Bottleneck, 'Bottleneck') {}

@ObjectType('ProgressRollup', { description: "The mean progress of a bottleneck's open and done actions (cancelled ones left out), and how many actions that is." })
export class ProgressRollup {
  @Field(() => Int, { nullable: true, description: 'Percent, rounded; null when there are no actions.' })
  average!: number | null;

  @Field(() => Int)
  actionCount!: number;
}

@ObjectType('AvailableTransition', { description: 'A step the caller may take now, and what it needs.' })
export class AvailableTransition {
  @Field(() => BottleneckTransitionEnum)
  transition!: BottleneckTransitionName;

  @Field(() => BottleneckStatusEnum)
  to!: BottleneckStatus;

  @Field(() => [BottleneckOutcomeEnum], { description: 'The outcomes to choose from (closing steps).' })
  outcomes!: BottleneckOutcome[];

  @Field()
  needsReason!: boolean;
}

export enum LinkDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}
registerEnumType(LinkDirection, { name: 'LinkDirection' });

@ObjectType('LinkedBottleneck', { description: 'A link to or from another bottleneck the caller may see.' })
export class LinkedBottleneck {
  @Field(() => ID, { description: 'The link (for unlinking).' })
  id!: string;

  @Field(() => BottleneckLinkTypeEnum)
  type!: BottleneckLinkType;

  @Field(() => LinkDirection)
  direction!: LinkDirection;

  @Field(() => Bottleneck)
  bottleneck!: Bottleneck;
}

@InputType()
export class LinkBottlenecksInput {
  @Field(() => ID)
  @Id()
  id!: string;

  @Field(() => ID)
  @Id()
  targetId!: string;

  @Field(() => BottleneckLinkTypeEnum)
  @OneOf(BottleneckLinkTypeEnum)
  linkType!: BottleneckLinkType;
}
