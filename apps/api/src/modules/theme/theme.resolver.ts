import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@api/core/auth/access.decorators';
import { GraphQLContext } from '@api/core/graphql/graphql-context';
import { NamedResolver } from '@api/core/i18n/named-resolver';
import { AddThemeInput, RenameThemeInput } from './dto/theme.input';
import { Theme } from './theme.entity';
import { ThemeManagementService } from './theme-management.service';

@Resolver(() => Theme)
export class ThemeResolver extends NamedResolver(Theme) {
  constructor(private readonly management: ThemeManagementService) {
    super();
  }

  @Roles('secretariat')
  @Mutation(() => Theme, { description: 'Adds a theme to an agenda, named in Dutch, German and English (secretariat).' })
  addTheme(@Context() ctx: GraphQLContext, @Args('input') input: AddThemeInput): Promise<Theme> {
    return this.management.add(ctx, input);
  }

  @Roles('secretariat')
  @Mutation(() => Theme, { description: "Corrects a theme's names (secretariat)." })
  renameTheme(@Context() ctx: GraphQLContext, @Args('input') input: RenameThemeInput): Promise<Theme> {
    return this.management.rename(ctx, input);
  }
}
