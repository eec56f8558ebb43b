import { Module } from '@nestjs/common';
import { AgendaModule } from '@api/modules/agenda/agenda.module';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { ThemeModule } from '@api/modules/theme/theme.module';
import { UserModule } from '@api/modules/user/user.module';
import { BottleneckResolver } from './bottleneck.resolver';
import { BottleneckLifecycleService } from './bottleneck-lifecycle.service';
import { BottleneckLinksService } from './bottleneck-links.service';
import { BottleneckService } from './bottleneck.service';

@Module({
  imports: [AgendaModule, OrganisationModule, ThemeModule, UserModule],
  providers: [BottleneckService, BottleneckLifecycleService, BottleneckLinksService, BottleneckResolver],
  exports: [BottleneckService, BottleneckLifecycleService, BottleneckLinksService],
})
export class BottleneckModule {}
