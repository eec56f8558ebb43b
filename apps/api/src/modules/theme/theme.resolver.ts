import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@api/core/auth/access.decorators';
import type { CurrentUser as CurrentUserModel } from '@api/core/auth/current-user';
import { CurrentUser } from '@api/core/auth/current-user.decorator';
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
  addTheme(@CurrentUser() user: CurrentUserModel, @Args('input') input: AddThemeInput): Promise<Theme> {
    return this.management.add(user, input);
  }

  @Roles('secretariat')
  @Mutation(() => Theme, { description: "Corrects a theme's names (secretariat)." })
  renameTheme(@CurrentUser() user: CurrentUserModel, @Args('input') input: RenameThemeInput): Promise<Theme> {
    return this.management.rename(user, input);
  }
}
