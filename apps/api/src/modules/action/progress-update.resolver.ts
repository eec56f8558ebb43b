import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { LocalizedText, toLocalizedText } from '@api/core/text/localized-text.model';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AppUser } from '@api/modules/user/user.entity';
import { UserService } from '@api/modules/user/user.service';
import { ProgressUpdate } from './progress-update.entity';

@Resolver(() => ProgressUpdate)
export class ProgressUpdateResolver {
  constructor(
    private readonly users: UserService,
    private readonly organisations: OrganisationService,
  ) {}

  @ResolveField(() => LocalizedText)
  note(p: ProgressUpdate, _args: unknown, ctx: GraphQLContext): LocalizedText {
    return toLocalizedText(p.note, ctx.language);
  }

  @ResolveField(() => AppUser, { nullable: true })
  author(p: ProgressUpdate, _args: unknown, ctx: GraphQLContext): Promise<AppUser | null> | null {
    return p.authorId ? this.users.loader(ctx.loaders).load(p.authorId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(p: ProgressUpdate, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> | null {
    return p.organisationId ? this.organisations.loader(ctx.loaders).load(p.organisationId) : null;
  }
}
