import { Resolver } from '@nestjs/graphql';
import { NamedResolver } from '@api/core/i18n/named-resolver';
import { Theme } from './theme.entity';

@Resolver(() => Theme)
export class ThemeResolver extends NamedResolver(Theme) {}
