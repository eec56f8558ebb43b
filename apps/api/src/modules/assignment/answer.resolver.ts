import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { LocalizedText, toLocalizedText } from '@api/core/text/localized-text.model';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AppUser } from '@api/modules/user/user.entity';
import { UserService } from '@api/modules/user/user.service';
import { Answer } from './answer.entity';

@Resolver(() => Answer)
export class AnswerResolver {
  constructor(
    private readonly users: UserService,
    private readonly organisations: OrganisationService,
  ) {}

  @ResolveField(() => LocalizedText)
  text(a: Answer, _args: unknown, ctx: GraphQLContext): LocalizedText {
    return toLocalizedText(a.text, ctx.language);
  }

  @ResolveField(() => AppUser, { nullable: true })
  author(a: Answer, _args: unknown, ctx: GraphQLContext): Promise<AppUser | null> | null {
    return a.authorId ? this.users.loader(ctx.loaders).load(a.authorId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(a: Answer, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> | null {
    return a.organisationId ? this.organisations.loader(ctx.loaders).load(a.organisationId) : null;
  }
}
