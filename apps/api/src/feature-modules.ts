import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { ThemeModule } from '@api/modules/theme/theme.module';
import { MeModule } from '@api/modules/user/me.module';

/**
 * The domain modules. The app imports them, and the schema printer collects
 * their resolvers from here, so the committed schema cannot miss one.
 */
export const FEATURE_MODULES = [OrganisationModule, ThemeModule, AgendaModule, MeModule];
