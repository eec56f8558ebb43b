import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { I18nService } from '@api/core/i18n/i18n.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { Theme } from '@api/modules/theme/theme.entity';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { fieldOptions, noteMessage, problemMessage, valueOptions } from './import-messages';
import { ImportMappingInput, ImportPlanModel, ImportPreviewModel } from './import.models';
import { ImportService } from './import.service';
import { ImportPlan } from './import.types';

/** The import's steps after the upload (POST /imports): the proposed mapping, the dry run, the commit. */
@Resolver()
export class ImportResolver {
  constructor(
    private readonly imports: ImportService,
    private readonly i18n: I18nService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Roles('secretariat', 'partner')
  @Query(() => ImportPreviewModel, { description: 'An uploaded sheet of yours as the import reads it, with the proposed (or last confirmed) mapping.' })
  async importPreview(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<ImportPreviewModel> {
    const preview = await this.imports.preview(ctx, id);
    const t = this.i18n.fixed(ctx.language);
    const agenda = await this.dataSource.getRepository(Agenda).findOneByOrFail({ code: preview.agendaCode });
    const themes = await this.dataSource.getRepository(Theme).find({ where: { agendaId: agenda.id }, order: { sortOrder: 'ASC' } });
    const organisations = await this.dataSource.getRepository(Organisation).find();
    return {
      ...preview,
      defaultInstrument: preview.mapping.defaultInstrument,
      fields: fieldOptions(t),
      options: valueOptions(t, ctx.language, themes, organisations),
    };
  }

  @Roles('secretariat', 'partner')
  @Mutation(() => ImportPlanModel, { description: 'What the import would do with this mapping, row by row. Nothing is written; the mapping is kept for the next step.' })
  async dryRunImport(@Context() ctx: GraphQLContext, @Args('input') input: ImportMappingInput): Promise<ImportPlanModel> {
    return this.model(ctx, await this.imports.dryRun(ctx, input.id, mappingOf(input)));
  }

  @Roles('secretariat', 'partner')
  @Mutation(() => ImportPlanModel, { description: 'Writes every accepted row in one transaction, each change in history naming the import and its file.' })
  async commitImport(@Context() ctx: GraphQLContext, @Args('input') input: ImportMappingInput): Promise<ImportPlanModel> {
    return this.model(ctx, await this.imports.commit(ctx, input.id, mappingOf(input)));
  }

  private model(ctx: GraphQLContext, plan: ImportPlan): ImportPlanModel {
    const t = this.i18n.fixed(ctx.language);
    return {
      id: plan.id,
      fileName: plan.fileName,
      committed: plan.committed,
      created: plan.counts.CREATED,
      updated: plan.counts.UPDATED,
      unchanged: plan.counts.UNCHANGED,
      refused: plan.counts.REFUSED,
      skipped: plan.counts.SKIPPED,
      rows: plan.rows.map((r) => ({ ...r, problems: r.problems.map((p) => ({ row: p.row, column: p.column, rule: p.rule, message: problemMessage(t, p) })), notes: r.notes.map((n) => noteMessage(t, n)) })),
    };
  }
}

function mappingOf(input: ImportMappingInput) {
  return {
    columns: input.columns.map((c) => ({ index: c.index, field: c.field ?? null })),
    values: input.values.map((v) => ({ kind: v.kind, value: v.value, target: v.target ?? null })),
    defaultInstrument: input.defaultInstrument,
  };
}
