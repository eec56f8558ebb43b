import { Module } from '@nestjs/common';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { MeResolver } from './me.resolver';
import { UserResolver } from './user.resolver';
import { UserModule } from './user.module';

/** The `me` query and the user's own settings (kept apart from UserModule, which authentication needs first). */
@Module({
  imports: [UserModule, AgendaModule, OrganisationModule],
  providers: [MeResolver, UserResolver],
})
export class MeModule {}
