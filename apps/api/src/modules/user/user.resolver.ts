import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AppUser } from './user.entity';

@Resolver(() => AppUser)
export class UserResolver {
  constructor(private readonly organisations: OrganisationService) {}

  @ResolveField(() => Organisation, { nullable: true })
  organisation(user: AppUser, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> | null {
    return user.organisationId ? this.organisations.loader(ctx.loaders).load(user.organisationId) : null;
  }
}
