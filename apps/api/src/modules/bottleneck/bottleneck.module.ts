import { Module } from '@nestjs/common';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { ThemeModule } from '@api/modules/theme/theme.module';
import { UserModule } from '@api/modules/user/user.module';
import { BottleneckResolver } from './bottleneck.resolver';
import { BottleneckService } from './bottleneck.service';

@Module({
  imports: [AgendaModule, OrganisationModule, ThemeModule, UserModule],
  providers: [BottleneckService, BottleneckResolver],
  exports: [BottleneckService],
})
export class BottleneckModule {}
