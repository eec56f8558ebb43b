import { Args, ArgsType, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { LocalDateScalar } from '@api/core/graphql/local-date.scalar';
import { CodeField } from '@api/core/validation/fields';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { ConferenceService } from './conference.service';
import { GenerateReportInput } from './dto/report.input';
import { GeneratedReport } from './generated-report.entity';
import { ReportService } from './report.service';

@ArgsType()
class ReportsArgs {
  @CodeField({ optional: true, description: 'Only the reports of this agenda.' }) agendaCode?: string | null;
}

@Resolver(() => GeneratedReport)
export class ReportResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly agendaService: AgendaService,
    private readonly conferences: ConferenceService,
  ) {}

  @Roles(...ROLES)
  @Mutation(() => GeneratedReport, {
    description: 'Asks for a yearly progress report or a conference pack, written from the register as a job; follow `generatedReport` for its progress and download GET /reports/{id}/file?format=docx|pdf.',
  })
  generateReport(@Context() ctx: GraphQLContext, @Args('input') input: GenerateReportInput): Promise<GeneratedReport> {
    return this.reports.generate(ctx, input);
  }

  @Roles(...ROLES)
  @Query(() => GeneratedReport, { nullable: true, description: 'One generated report (its progress and state); null unless you may read every agenda in it.' })
  generatedReport(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<GeneratedReport | null> {
    return this.reports.visible(ctx, id);
  }

  @Roles(...ROLES)
  @Query(() => [GeneratedReport], { description: 'The latest reports you may read (every agenda in them visible to you), of one agenda or all.' })
  generatedReports(@Context() ctx: GraphQLContext, @Args() { agendaCode }: ReportsArgs): Promise<GeneratedReport[]> {
    return this.reports.list(ctx, agendaCode ?? null);
  }

  @ResolveField(() => Agenda, { nullable: true, description: 'The agenda it is about; null for the whole programme.' })
  agenda(report: GeneratedReport, _args: unknown, ctx: GraphQLContext): Promise<Agenda | null> | null {
    return report.agendaId ? this.agendaService.loader(ctx.loaders).load(report.agendaId) : null;
  }

  @ResolveField(() => [String], { description: 'The codes of the agendas the report holds.' })
  async agendaCodes(report: GeneratedReport, _args: unknown, ctx: GraphQLContext): Promise<string[]> {
    const agendas = await this.agendaService.loader(ctx.loaders).loadMany(report.agendaIds);
    return agendas.flatMap((a) => (a && !(a instanceof Error) ? [a.code] : []));
  }

  @ResolveField(() => LocalDateScalar, { nullable: true, description: 'The date of the conference of a conference pack.' })
  async conferenceDate(report: GeneratedReport, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    return (await this.conferenceOf(report, ctx))?.date ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Where the conference of a conference pack is held.' })
  async conferencePlace(report: GeneratedReport, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    return (await this.conferenceOf(report, ctx))?.place ?? null;
  }

  /** A readable report's agendas are readable, its conference with them: one batched lookup for every report of a list. */
  private async conferenceOf(report: GeneratedReport, ctx: GraphQLContext) {
    return report.conferenceId ? this.conferences.loader(ctx.loaders).load(report.conferenceId) : null;
  }
}
