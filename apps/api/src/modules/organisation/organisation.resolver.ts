import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { OrganisationKind, ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { OrganisationKindEnum } from '@api/core/graphql/shared-enums';
import { NamedResolver } from '@api/core/i18n/named-resolver';
import { Organisation } from './organisation.entity';
import { OrganisationService } from './organisation.service';

@Resolver(() => Organisation)
export class OrganisationResolver extends NamedResolver(Organisation) {
  constructor(private readonly organisationService: OrganisationService) {
    super();
  }

  @Roles(...ROLES)
  @Query(() => [Organisation], { description: "Organisations, alphabetical in the caller's language." })
  organisations(
    @Context() ctx: GraphQLContext,
    @Args('kind', { type: () => OrganisationKindEnum, nullable: true }) kind?: OrganisationKind,
  ): Promise<Organisation[]> {
    return this.organisationService.list(ctx.language, kind ?? undefined);
  }
}
