import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '@api/modules/organisation/organisation.module';
import { Theme } from '@api/modules/theme/theme.entity';
import { ThemeModule } from '@api/modules/theme/theme.module';
import { Agenda } from './agenda.entity';
import { AgendaPartner } from './agenda-partner.entity';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';

@Module({
  imports: [TypeOrmModule.forFeature([Agenda, AgendaPartner, Theme]), OrganisationModule, ThemeModule],
  providers: [AgendaService, AgendaResolver],
  exports: [AgendaService],
})
export class AgendaModule {}
