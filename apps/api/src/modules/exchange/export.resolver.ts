import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { StartExportInput } from './dto/start-export.input';
import { ExportRecord } from './export-record.entity';
import { ExportService } from './export.service';

@Resolver(() => ExportRecord)
export class ExportResolver {
  constructor(private readonly exports: ExportService) {}

  @Roles(...ROLES)
  @Mutation(() => ExportRecord, {
    description: 'Records an export of a list (with its filters and sort), of one bottleneck or of the BRIDGEforEU files; download it once from GET /exports/{id}/file.',
  })
  startExport(@Context() ctx: GraphQLContext, @Args('input') input: StartExportInput): Promise<ExportRecord> {
    return this.exports.start(ctx, input);
  }

  @Roles(...ROLES)
  @Query(() => ExportRecord, { nullable: true, description: 'One of your exports: its progress (rows written of total) and status.' })
  exportRecord(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string): Promise<ExportRecord | null> {
    return this.exports.progress(ctx, id);
  }
}
