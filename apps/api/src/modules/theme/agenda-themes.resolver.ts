import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { Agenda } from '@api/modules/agenda/agenda.entity';
import { Theme } from './theme.entity';
import { ThemeService } from './theme.service';

/** An agenda's themes, resolved here so the agenda module need not know themes. */
@Resolver(() => Agenda)
export class AgendaThemesResolver {
  constructor(private readonly themeService: ThemeService) {}

  @ResolveField(() => [Theme], { description: 'The themes of the agenda, in their agreed order.' })
  themes(agenda: Agenda, _args: unknown, ctx: GraphQLContext): Promise<Theme[]> {
    return this.themeService.ofAgenda(ctx.loaders, agenda.id);
  }
}
