import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Language, ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { CurrentUser } from '@api/core/auth/current-user.decorator';
import type { CurrentUser as CurrentUserModel } from '@api/core/auth/current-user';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { LanguageEnum } from '@api/core/graphql/shared-enums';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { AgendaService } from '@api/modules/agenda/agenda.service';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Me } from './me.model';
import { UserService } from './user.service';

export function toMe(user: CurrentUserModel): Me {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    email: user.email,
    roles: user.roles,
    language: user.language,
    organisationId: user.organisation?.id ?? null,
  };
}

@Resolver(() => Me)
export class MeResolver {
  constructor(
    private readonly users: UserService,
    private readonly agendaService: AgendaService,
    private readonly organisations: OrganisationService,
  ) {}

  @Roles(...ROLES)
  @Query(() => Me, { description: 'The signed-in user, their roles, organisation and the agendas they may see.' })
  me(@CurrentUser() user: CurrentUserModel): Me {
    return toMe(user);
  }

  @Roles(...ROLES)
  @Mutation(() => Me, { description: 'Remembers the interface language the user chose, for every device and for e-mails.' })
  async setMyLanguage(@CurrentUser() user: CurrentUserModel, @Args('language', { type: () => LanguageEnum }) language: Language): Promise<Me> {
    return toMe(await this.users.setLanguage(user, language));
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(me: Me, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> | null {
    return me.organisationId ? this.organisations.loader(ctx.loaders).load(me.organisationId) : null;
  }

  @ResolveField(() => [Agenda], { description: 'The agendas the user may see.' })
  agendas(@Context() ctx: GraphQLContext): Promise<Agenda[]> {
    return this.agendaService.list(ctx);
  }
}
