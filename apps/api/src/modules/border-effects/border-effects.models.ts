import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Bottleneck } from '@api/modules/bottleneck/bottleneck.entity';
import { ConsultationLink } from '@grensportaal/shared-domain';
import { ConsultationLinkTypeEnum } from './consultation-link.entity';
import { ScreeningRound } from './screening-round.entity';

/** What a screening counted, over a round, a year, or one ministry's share of it. */
@ObjectType('ScreeningCounts', { description: 'Consultations recorded and screened, border-relevant, and of the border-relevant ones: tested, and tested and reported.' })
export class ScreeningCounts {
  @Field(() => Int) consultations!: number;
  @Field(() => Int, { description: 'Those with an answer to "border-relevant?".' }) screened!: number;
  @Field(() => Int) borderRelevant!: number;
  @Field(() => Int, { description: 'Border-relevant, with the border-effects test carried out.' }) testCarriedOut!: number;
  @Field(() => Int, { description: 'Border-relevant, tested, and where it is reported is known.' }) testReported!: number;
  @Field(() => Int, { description: 'Border-relevant, without a border-effects test.' }) withoutTest!: number;
  @Field(() => Int, { description: 'Those the programme responded to.' }) responses!: number;
  @Field(() => Float, { nullable: true, description: 'testCarriedOut ÷ borderRelevant; null when none is border-relevant.' }) testedShare!: number | null;
}

@ObjectType('MinistryScreeningCounts', { description: "One ministry's consultations in a round or year." })
export class MinistryScreeningCounts {
  @Field(() => Organisation) ministry!: Organisation;
  @Field(() => ScreeningCounts) counts!: ScreeningCounts;
}

@ObjectType('ScreeningRoundFigures')
export class ScreeningRoundFigures {
  @Field(() => ScreeningRound) round!: ScreeningRound;
  @Field(() => ScreeningCounts) totals!: ScreeningCounts;
  @Field(() => [MinistryScreeningCounts], { description: 'Per ministry with consultations in the round, by name.' }) byMinistry!: MinistryScreeningCounts[];
}

@ObjectType('ScreeningYearFigures')
export class ScreeningYearFigures {
  @Field(() => Int) year!: number;
  @Field(() => ScreeningCounts) totals!: ScreeningCounts;
  @Field(() => [MinistryScreeningCounts]) byMinistry!: MinistryScreeningCounts[];
}

@ObjectType('BorderEffectsFigures', { description: 'The screening in figures: per round (oldest first, for the trend) and per year.' })
export class BorderEffectsFigures {
  @Field(() => [ScreeningRoundFigures]) rounds!: ScreeningRoundFigures[];
  @Field(() => [ScreeningYearFigures]) years!: ScreeningYearFigures[];
}

@ObjectType('ConsultationLinkedBottleneck', { description: 'A bottleneck linked to a consultation, and how.' })
export class ConsultationLinkedBottleneck {
  @Field(() => ConsultationLinkTypeEnum) type!: ConsultationLink;
  @Field(() => Bottleneck) bottleneck!: Bottleneck;
}
