import { Type } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { AppUser } from './user.entity';
import { UserService } from './user.service';

/** Something a person wrote for their organisation (a comment, an answer, a progress report). */
export interface Authored {
  authorId: string | null;
  organisationId: string | null;
}

/** Base for the resolvers of written items: `author` and `organisation`, batched. */
export function AuthoredResolver<T extends Authored>(classRef: Type<T>) {
  @Resolver(() => classRef, { isAbstract: true })
  abstract class AuthoredResolverHost {
    constructor(
      readonly users: UserService,
      readonly organisations: OrganisationService,
    ) {}

    @ResolveField(() => AppUser, { nullable: true, description: 'Who wrote it.' })
    author(item: T, _args: unknown, ctx: GraphQLContext): Promise<AppUser | null> | null {
      return item.authorId ? this.users.loader(ctx.loaders).load(item.authorId) : null;
    }

    @ResolveField(() => Organisation, { nullable: true, description: 'For which organisation.' })
    organisation(item: T, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> | null {
      return item.organisationId ? this.organisations.loader(ctx.loaders).load(item.organisationId) : null;
    }
  }
  return AuthoredResolverHost;
}
