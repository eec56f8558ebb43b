import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import type { CurrentUser as CurrentUserModel } from '@api/core/auth/current-user';
import { CurrentUser } from '@api/core/auth/current-user.decorator';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { NamedResolver } from '@api/core/i18n/named-resolver';
import { LocalizedNames } from '@api/core/i18n/localized-names.model';
import { Organisation } from '@api/modules/organisation/organisation.entity';
import { OrganisationService } from '@api/modules/organisation/organisation.service';
import { Agenda } from './agenda.entity';
import { AgendaService } from './agenda.service';

@Resolver(() => Agenda)
export class AgendaResolver extends NamedResolver(Agenda) {
  constructor(
    private readonly agendaService: AgendaService,
    private readonly organisationService: OrganisationService,
  ) {
    super();
  }

  @Roles(...ROLES)
  @Query(() => [Agenda], { description: "The agendas the caller's organisation takes part in (all for ministries and the secretariat), in their agreed order." })
  agendas(@Context() ctx: GraphQLContext): Promise<Agenda[]> {
    return this.agendaService.list(ctx);
  }

  @Roles(...ROLES)
  @Query(() => Agenda, { nullable: true, description: 'One agenda by its code, e.g. NL-NRW; null when it does not exist or is not visible to the caller.' })
  agenda(@Context() ctx: GraphQLContext, @Args('code') code: string): Promise<Agenda | null> {
    return this.agendaService.byCode(ctx, code);
  }

  @Roles('secretariat')
  @Mutation(() => Agenda, { description: "Adds an organisation to an agenda's partners (secretariat)." })
  addAgendaPartner(@CurrentUser() user: CurrentUserModel, @Args('agendaCode') agendaCode: string, @Args('organisationCode') organisationCode: string): Promise<Agenda> {
    return this.agendaService.addPartner(user, agendaCode, organisationCode);
  }

  @Roles('secretariat')
  @Mutation(() => Agenda, { description: "Removes an organisation from an agenda's partners (secretariat)." })
  removeAgendaPartner(@CurrentUser() user: CurrentUserModel, @Args('agendaCode') agendaCode: string, @Args('organisationCode') organisationCode: string): Promise<Agenda> {
    return this.agendaService.removePartner(user, agendaCode, organisationCode);
  }

  @ResolveField(() => String, { description: "A short description in the caller's language." })
  description(agenda: Agenda, _args: unknown, ctx: GraphQLContext): string {
    return this.descriptions(agenda)[ctx.language];
  }

  @ResolveField(() => LocalizedNames, { description: 'The description in every working language.' })
  descriptions(agenda: Agenda): LocalizedNames {
    return { nl: agenda.descriptionNl, de: agenda.descriptionDe, en: agenda.descriptionEn };
  }

  @ResolveField(() => [Organisation], { description: 'The organisations that take part in the agenda.' })
  partners(agenda: Agenda, _args: unknown, ctx: GraphQLContext): Promise<Organisation[]> {
    return this.agendaService.partners(ctx.loaders, agenda.id);
  }

  @ResolveField(() => Organisation, { nullable: true, description: "The province whose King's Commissioner steers the agenda." })
  steeringOrganisation(agenda: Agenda, _args: unknown, ctx: GraphQLContext): Promise<Organisation | null> | null {
    return agenda.steeringOrganisationId ? this.organisationService.loader(ctx.loaders).load(agenda.steeringOrganisationId) : null;
  }

}
