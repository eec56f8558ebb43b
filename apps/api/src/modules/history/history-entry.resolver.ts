import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { FieldChangeModel } from '@api/core/history/field-change.model';
import { HistoryEntry } from '@api/core/history/history-entry.entity';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AppUser } from '@api/modules/user/user.entity';
import { UserService } from '@api/modules/user/user.service';
import { HistoryReader } from './history-reader.service';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

@Resolver(() => HistoryEntry)
export class HistoryEntryResolver {
  constructor(
    private readonly users: UserService,
    private readonly organisations: OrganisationService,
    private readonly reader: HistoryReader,
  ) {}

  @ResolveField(() => AppUser, { nullable: true, description: 'Who made the change (null for system changes).' })
  actor(h: HistoryEntry, _args: unknown, ctx: GraphQLContext): Promise<AppUser | null> | null {
    return h.actorId ? this.users.loader(ctx.loaders).load(h.actorId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'For which organisation.' })
  organisation(h: HistoryEntry, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> | null {
    return h.organisationId ? this.organisations.loader(ctx.loaders).load(h.organisationId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The file of the import that made the change (null for changes made on a screen).' })
  importedFrom(h: HistoryEntry): string | null {
    return h.source?.fileName ?? null;
  }

  @ResolveField(() => [FieldChangeModel], { description: 'The fields that changed, as you may read them.' })
  async changes(h: HistoryEntry, _args: unknown, ctx: GraphQLContext): Promise<FieldChangeModel[]> {
    return (await this.reader.changes(ctx, h)).map((c) => ({ ...c, from: json(c.from), to: json(c.to) }));
  }
}
