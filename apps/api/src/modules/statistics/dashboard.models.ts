import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { BottleneckOutcome, BottleneckStatus, BottleneckType } from '@grensportaal/shared-domain';
import { BottleneckOutcomeEnum, BottleneckStatusEnum, BottleneckTypeEnum } from '@api/core/graphql/shared-enums';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import { CodeField, DateField, NestedField } from '@api/core/validation/fields';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';

@InputType('DashboardFilter', { description: 'What the figures are of: one agenda (default: all you may read), one theme of it, and a period of whole quarters.' })
export class DashboardFilter {
  @CodeField({ optional: true }) agendaCode?: string | null;
  @CodeField({ optional: true, description: 'Needs agendaCode (theme codes are per agenda).' }) themeCode?: string | null;
  @DateField({ optional: true, description: 'Start of the period; it widens to the start of its quarter. Default: seven quarters before the current one.' }) from?: string | null;
  @DateField({ optional: true, description: 'End of the period; it widens to the end of its quarter. Default: today.' }) to?: string | null;
}

@ArgsType()
export class DashboardArgs {
  @NestedField(() => DashboardFilter, { optional: true }) filter?: DashboardFilter | null;
}

@ObjectType()
export class DashboardPeriod {
  @Field(() => LocalDateScalar, { description: 'First day of the first quarter.' }) from!: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the last quarter.' }) to!: string;
}

@ObjectType()
export class OutcomeCount {
  @Field(() => BottleneckOutcomeEnum) outcome!: BottleneckOutcome;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'One quarter of the register, from its history: what a report of that quarter said then, whatever changed since.' })
export class QuarterFigures {
  @Field({ description: 'E.g. 2026-Q3.' }) quarter!: string;
  @Field(() => LocalDateScalar) start!: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the quarter.' }) end!: string;
  @Field(() => Int, { description: 'Bottlenecks submitted (logged) for the first time in the quarter.' }) logged!: number;
  @Field(() => Int, { description: 'Closings in the quarter (a bottleneck reopened and closed again counts each time).' }) closed!: number;
  @Field(() => [OutcomeCount]) closedByOutcome!: OutcomeCount[];
  @Field(() => Int, { description: 'Bottlenecks submitted and not closed at the end of the quarter (at today, for the current one).' }) openAtEnd!: number;
}

@ObjectType({ description: 'How long bottlenecks stayed in one stage of the lifecycle: stays that ended in the period.' })
export class StageDuration {
  @Field(() => Agenda) agenda!: Agenda;
  @Field(() => BottleneckStatusEnum) status!: BottleneckStatus;
  @Field(() => Int, { description: 'Stays in the stage that ended in the period.' }) stays!: number;
  @Field(() => Float, { description: 'Median days in the stage.' }) medianDays!: number;
  @Field(() => Float, { description: '80th percentile of the days in the stage.' }) p80Days!: number;
  @Field(() => Int, { description: 'Bottlenecks in the stage now.' }) now!: number;
}

@ObjectType({ description: 'A bottleneck that has waited long in its current stage.' })
export class WaitingBottleneck {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field(() => Agenda) agenda!: Agenda;
  @Field(() => BottleneckStatusEnum) status!: BottleneckStatus;
  @Field(() => Date, { description: 'When it entered its current stage.' }) since!: Date;
  @Field(() => Float) days!: number;
}

@ObjectType({ description: "Actions of one owner organisation: done in the period (on time or late), overdue and stalled now." })
export class OwnerActionFigures {
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => Int) doneOnTime!: number;
  @Field(() => Int) doneLate!: number;
  @Field(() => Int, { description: 'Open now (planned, in progress, on hold).' }) open!: number;
  @Field(() => Int) overdueNow!: number;
  @Field(() => Int, { description: 'Open, and no progress reported for more than 60 days.' }) stalledNow!: number;
}

@ObjectType()
export class DashboardThemeCount {
  @Field(() => Theme, { nullable: true, description: 'Null: bottlenecks without a theme.' }) theme!: Theme | null;
  @Field(() => Int, { description: 'Bottlenecks you may see, as the list shows them (drafts only your own, unless you see all).' }) count!: number;
  @Field(() => Int, { description: 'Of which not closed.' }) open!: number;
}

@ObjectType()
export class DashboardTypeCount {
  @Field(() => BottleneckTypeEnum, { nullable: true, description: 'Null: not yet typed.' }) type!: BottleneckType | null;
  @Field(() => Int) count!: number;
  @Field(() => Int) open!: number;
}

@ObjectType()
export class DashboardAreaCount {
  @Field({ description: 'The geographic area as recorded (border segment, municipalities, region).' }) area!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int) open!: number;
}

@ObjectType({ description: 'The programme in figures, within what you may read.' })
export class ProgrammeDashboard {
  @Field(() => DashboardPeriod) period!: DashboardPeriod;
  @Field(() => [QuarterFigures]) quarters!: QuarterFigures[];
  @Field(() => [StageDuration]) stages!: StageDuration[];
  @Field(() => [WaitingBottleneck], { description: 'The ten open bottlenecks that have waited longest in their current stage.' }) waitingLongest!: WaitingBottleneck[];
  @Field(() => [OwnerActionFigures]) actionsByOwner!: OwnerActionFigures[];
  @Field(() => [DashboardThemeCount]) byTheme!: DashboardThemeCount[];
  @Field(() => [DashboardTypeCount]) byType!: DashboardTypeCount[];
  @Field(() => [DashboardAreaCount], { description: 'The twenty areas with most bottlenecks, where an area is recorded.' }) byArea!: DashboardAreaCount[];
}

@ObjectType({ description: "One ministry's answers to the questions put to it in the period (or the programme's, for the total)." })
export class ScoreboardLine {
  @Field(() => Organisation, { nullable: true, description: 'Null: the programme total.' }) ministry!: Organisation | null;
  @Field(() => Int, { description: 'Questions asked in the period.' }) received!: number;
  @Field(() => Int, { description: 'Of which answered (a first answer given).' }) answered!: number;
  @Field(() => Int, { description: 'First answer on or before the due date.' }) answeredOnTime!: number;
  @Field(() => Float, { nullable: true, description: 'Median days from question to first answer.' }) medianDaysToFirstAnswer!: number | null;
  @Field(() => Int, { description: 'Answers the secretariat returned for rework.' }) returnedForRework!: number;
  @Field(() => Int, { description: 'Questions escalated to the secretariat (unanswered at the due date).' }) escalatedToSecretariat!: number;
  @Field(() => Int, { description: "Questions escalated to the steering King's Commissioner (unanswered two weeks after the due date)." }) escalatedToCommissioner!: number;
  @Field(() => Int, { description: 'Still awaiting an answer now.' }) openNow!: number;
  @Field(() => Int, { description: 'Awaiting an answer past the due date now.' }) overdueNow!: number;
  @Field(() => Int, { description: 'Awaiting an answer, due within the warning band.' }) dueSoonNow!: number;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of the questions that could be late (answered, or past their due date) answered on time; null when none could.' })
  onTimeShare!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether onTimeShare reaches the target; null when there is nothing to judge.' }) targetReached!: boolean | null;
}

@ObjectType({ description: 'The targets the scoreboard holds each line to (settings of the portal).' })
export class ScoreboardTargets {
  @Field(() => Float, { description: 'Share (0–1) of questions to answer by their due date.' }) onTimeShare!: number;
  @Field(() => Int, { description: 'Days before a due date in which an open question shows as due soon.' }) warningDays!: number;
}

@ObjectType({ description: "The ministries' answers, after SOLVIT's scoreboard: a ministry sees its own line and the programme's total, the others every line within what they may read." })
export class AnswerScoreboard {
  @Field(() => DashboardPeriod) period!: DashboardPeriod;
  @Field(() => ScoreboardTargets) targets!: ScoreboardTargets;
  @Field(() => [ScoreboardLine]) lines!: ScoreboardLine[];
  @Field(() => ScoreboardLine) total!: ScoreboardLine;
}
